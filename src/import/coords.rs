//! The catalogue's coordinates (ETRS-TM35FIN, EPSG:3067: metres north and east)
//! as the WGS84 degrees luukku's cards and map links use.
//!
//! The inverse transverse Mercator projection on the GRS80 ellipsoid, by the
//! Krüger series of the Finnish public-administration recommendation JHS 197;
//! accurate to well under a metre across Finland. ETRS89 and WGS84 differ by
//! less than a metre, which a map link does not show.

/// GRS80 semi-major axis, metres.
const A: f64 = 6_378_137.0;
/// GRS80 flattening.
const F: f64 = 1.0 / 298.257_222_101;
/// TM35FIN central meridian, degrees.
const LON0: f64 = 27.0;
/// TM35FIN scale on the central meridian.
const K0: f64 = 0.9996;
/// TM35FIN false easting, metres.
const E0: f64 = 500_000.0;

/// WGS84 (latitude, longitude) in degrees of a TM35FIN (northing, easting) in
/// metres; `None` for a point outside the zone's sensible range.
pub fn tm35fin_to_wgs84(north: f64, east: f64) -> Option<(f64, f64)> {
    if !(6_500_000.0..=7_900_000.0).contains(&north) || !(-100_000.0..=1_000_000.0).contains(&east) {
        return None;
    }
    let n = F / (2.0 - F);
    let a1 = A / (1.0 + n) * (1.0 + n.powi(2) / 4.0 + n.powi(4) / 64.0);
    let e = (2.0 * F - F * F).sqrt();
    let h = [
        n / 2.0 - 2.0 / 3.0 * n.powi(2) + 37.0 / 96.0 * n.powi(3) - n.powi(4) / 360.0,
        n.powi(2) / 48.0 + n.powi(3) / 15.0 - 437.0 / 1440.0 * n.powi(4),
        17.0 / 480.0 * n.powi(3) - 37.0 / 840.0 * n.powi(4),
        4397.0 / 161_280.0 * n.powi(4),
    ];
    let xi = north / (a1 * K0);
    let eta = (east - E0) / (a1 * K0);
    let (mut xi1, mut eta1) = (xi, eta);
    for (i, hi) in h.iter().enumerate() {
        let k = 2.0 * (i as f64 + 1.0);
        xi1 -= hi * (k * xi).sin() * (k * eta).cosh();
        eta1 -= hi * (k * xi).cos() * (k * eta).sinh();
    }
    let beta = (xi1.sin() / eta1.cosh()).asin();
    let l = (eta1.tanh() / beta.cos()).asin();
    let q = beta.tan().asinh();
    let mut q1 = q + e * (e * q.tanh()).atanh();
    for _ in 0..5 {
        q1 = q + e * (e * q1.tanh()).atanh();
    }
    let lat = q1.sinh().atan().to_degrees();
    let lon = LON0 + l.to_degrees();
    (lat.is_finite() && lon.is_finite()).then_some((round(lat), round(lon)))
}

/// Six decimals: about ten centimetres, and the same text on every run.
fn round(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::tm35fin_to_wgs84;

    #[test]
    fn the_central_meridian_keeps_its_longitude() {
        let (lat, lon) = tm35fin_to_wgs84(6_700_000.0, 500_000.0).expect("in range");
        assert!((lon - 27.0).abs() < 1e-9, "{lon}");
        // 6 700 000 m of meridian arc (scaled by 0.9996) is a little over 60.4°.
        assert!((60.40..60.45).contains(&lat), "{lat}");
    }

    #[test]
    fn naantali_lies_west_of_turku() {
        // Mannerheiminkatu 14, Naantali, as the catalogue records it.
        let (lat, lon) = tm35fin_to_wgs84(6_713_890.211, 226_225.47).expect("in range");
        assert!((60.45..60.48).contains(&lat), "{lat}");
        assert!((22.0..22.05).contains(&lon), "{lon}");
    }

    #[test]
    fn points_off_the_zone_are_refused() {
        assert_eq!(tm35fin_to_wgs84(61.6887, 27.2721), None);
    }
}
