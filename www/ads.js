// The demo's stand-in for an ad network: fills the page's ad slots after load.
for (const slot of document.querySelectorAll(".ad-slot")) {
  const img = document.createElement("img");
  img.src = "img/ad.svg";
  img.alt = "";
  img.width = slot.classList.contains("ad-mpu") ? 300 : 728;
  slot.appendChild(img);
}
