//! Writing YAML: the one place that turns a value into YAML text, for the files
//! luukku writes (the catalogue importer's `meta.yaml` and front matter).
//!
//! serde-saphyr's serializer (built on the same parser family we read with)
//! writes maps in the order of the struct's fields and quotes every string that
//! would otherwise read back as something else (`"20100"`, `"yes"`, `"a: b"`),
//! so whatever text a value holds, the file reads back as that text.

use serde::Serialize;

use crate::{Error, Result};

/// The YAML text of `value`: block style, without a `---` line, ending in a newline.
pub fn to_string<T: Serialize>(value: &T) -> Result<String> {
    let out = serde_saphyr::to_string(value).map_err(|e| Error::Message(format!("cannot write YAML: {e}")))?;
    let body = out.strip_prefix("---").unwrap_or(&out).trim_start_matches(['\n', ' ']);
    Ok(format!("{}\n", body.trim_end()))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    #[test]
    fn strings_that_would_read_back_as_something_else_are_quoted_and_read_back_as_written() {
        let mut value = BTreeMap::new();
        for (k, v) in [("a", "20100"), ("b", "yes"), ("c", "Perusopetus: Vaasa"), ("d", "rivi\ntoinen"), ("e", "#1")] {
            value.insert(k.to_string(), v.to_string());
        }
        let text = super::to_string(&value).expect("YAML");
        assert!(!text.starts_with("---"), "{text}");
        let back: BTreeMap<String, String> =
            crate::yaml::parse(&text, std::path::Path::new("t.yaml"), 1).expect("reads back");
        assert_eq!(back, value);
    }

    #[test]
    fn maps_keep_the_order_of_the_structs_fields() {
        #[derive(serde::Serialize)]
        struct Channel {
            r#type: &'static str,
            name: &'static str,
            address: &'static str,
        }
        let text =
            super::to_string(&Channel { r#type: "phone", name: "Neuvonta", address: "Puolalankatu 5" }).expect("YAML");
        assert_eq!(text, "type: phone\nname: Neuvonta\naddress: Puolalankatu 5\n");
    }
}
