use flate2::read::GzDecoder;
use std::io::Read;
fn main() {
    let mut files: Vec<_> = std::fs::read_dir("../shared/corpus/wcxb-dev/html")
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let o = readmode::Options::default();
    let htmls: Vec<String> = files
        .iter()
        .map(|p| {
            let mut b = Vec::new();
            GzDecoder::new(std::fs::File::open(p).unwrap())
                .read_to_end(&mut b)
                .unwrap();
            readmode::decode(&b).unwrap().into_owned()
        })
        .collect();
    let t = std::time::Instant::now();
    for _ in 0..2 {
        for h in &htmls {
            let _ = std::hint::black_box(readmode::extract(h, &o));
        }
    }
    println!("{:?}", t.elapsed());
}
