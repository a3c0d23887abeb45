//! Every kind of bad input, one fixture case each under `tests/fixtures/errors/`:
//! the small valid site in `base/` with the case folder's files laid over it. The
//! library must report exactly the diagnostics pinned in the case's `expected.txt`
//! (file, line, column and message, one `Display` line each), and the CLI must fail
//! cleanly without touching the previous output.
//!
//! Adding a case: make a folder with the broken file(s), list it below, run
//! `LUUKKU_BLESS=1 cargo test bad_input` and review the new `expected.txt`.

use crate::harness::{assert_rejected_case, case_names};

macro_rules! cases {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                assert_rejected_case("errors", stringify!($name));
            }
        )*

        /// A case folder nobody listed here would never run.
        #[test]
        fn every_case_folder_is_listed() {
            let mut listed = vec![$(stringify!($name).to_string()),*];
            listed.sort();
            assert_eq!(case_names("errors"), listed);
        }
    };
}

cases! {
    a_channel_address_that_is_a_list,
    a_broken_link_in_a_front_matter_text,
    a_text_file_in_an_item_folder,
    a_channel_language_that_is_not_a_code,
    a_channel_url_with_no_locale,
    a_localized_text_naming_an_unknown_locale,
    a_time_that_is_not_a_time,
    a_weekday_that_is_not_a_weekday,
    accessibility_statement_date_that_is_not_a_date,
    authority_url_with_a_javascript_scheme,
    book_toml_naming_an_unknown_fallback_locale,
    book_toml_that_is_not_toml,
    book_toml_without_locales,
    component_block_missing_a_required_field,
    component_block_naming_a_persona_that_does_not_exist,
    component_block_that_does_not_fit_its_schema,
    content_strings_and_links_are_all_reported_in_one_run,
    date_with_a_sign,
    day_range_that_runs_backwards,
    default_locale_that_is_not_configured,
    feedback_url_with_a_space,
    field_of_the_wrong_type,
    file_named_for_an_unknown_locale,
    fluent_message_defined_twice,
    fluent_syntax_error,
    invalid_utf8,
    link_in_a_front_matter_field_to_missing_content,
    link_to_a_heading_that_does_not_exist,
    link_to_content_that_does_not_exist,
    locale_code_that_is_not_a_language_tag,
    locale_fallbacks_that_form_a_cycle,
    malformed_yaml_in_front_matter,
    malformed_yaml_in_meta_yaml,
    markdown_file_outside_an_item_folder,
    missing_required_field,
    no_front_matter_at_all,
    opening_days_that_are_a_number,
    page_layout_without_a_template,
    related_item_that_does_not_exist,
    section_slug_for_an_unknown_locale,
    service_card_without_meta_yaml,
    service_summary_over_150_characters,
    several_broken_files_are_all_reported_in_one_run,
    slug_that_is_not_a_url_segment,
    strings_templates_and_shared_paths_are_all_reported_in_one_run,
    template_using_a_missing_interface_string,
    tera_syntax_error,
    time_with_a_dot,
    time_with_a_sign,
    time_with_one_digit_minutes,
    time_without_a_leading_zero,
    time_zone_that_is_not_an_iana_zone,
    two_items_with_the_same_slug,
    two_locales_with_the_same_prefix,
    unknown_field_in_a_channel,
    unknown_field_in_front_matter,
    unknown_field_in_meta_yaml,
    unknown_key_in_a_locale_table_of_book_toml,
    unknown_key_in_book_toml,
    unknown_value_of_an_enumerated_field,
    unterminated_front_matter,
}

/// The base every case starts from is itself a valid site.
#[test]
fn the_base_site_builds() {
    let site = crate::harness::TestSite::case("errors", "base");
    assert_eq!(site.diagnostics(), Vec::<String>::new());
    site.build_ok();
}
