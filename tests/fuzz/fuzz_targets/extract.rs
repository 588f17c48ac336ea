//! Bytes in, any page URL: decode, parse, plan and render must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first line, when it is short, is the page URL.
    let (url, page) = match data.iter().position(|&b| b == b'\n') {
        Some(at) if at < 200 => (Some(String::from_utf8_lossy(&data[..at]).into_owned()), &data[at + 1..]),
        _ => (None, data),
    };
    let options = readmode::Options { url, ..readmode::Options::default() };
    let _ = readmode::extract_bytes(page, &options);
});
