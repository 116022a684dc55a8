//! Posters (issue 19): a QR code drawn by the server as SVG, so a printed poster on a
//! notice board leads to its page without any outside service. Pure.

use qrcode::{Color, EcLevel, QrCode};

/// Modules of white around the code (the standard's quiet zone).
const QUIET: usize = 4;

/// The QR code of `url` as an SVG, one path of unit squares on a white ground; `label`
/// is its text alternative. `None` when the address is too long for a QR code.
pub fn qr_svg(url: &str, label: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let size = width + 2 * QUIET;
    let mut path = String::with_capacity(width * width * 4);
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == Color::Dark {
            let (x, y) = (i % width + QUIET, i / width + QUIET);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    let label = label
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;");
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" class=\"qr\" role=\"img\" aria-label=\"{label}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_address_becomes_a_square_svg_with_its_label() {
        let svg = super::qr_svg("https://sammen.example/arrangement/1", "QR <kode>").unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("aria-label=\"QR &lt;kode>\""));
        assert!(svg.contains("viewBox=\"0 0 37 37\""), "{svg}");
        assert!(super::qr_svg(&"x".repeat(5000), "").is_none());
    }
}
