//! Timeline dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or two joined by `/`,
//! written out as each language writes dates, never broken inside.

use serde::{Deserialize, Deserializer};

use super::Lang;

/// A date as precise as the sources allow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// A date or a range of dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateSpan {
    pub start: Date,
    pub end: Option<Date>,
}

impl DateSpan {
    /// Reads `1993-07-23`, `1992-02`, `1868/1870` and the like.
    pub fn parse(text: &str) -> Option<DateSpan> {
        let (start, end) = match text.split_once('/') {
            Some((a, b)) => (Date::parse(a)?, Some(Date::parse(b)?)),
            None => (Date::parse(text)?, None),
        };
        if end.is_some_and(|end| end <= start) {
            return None;
        }
        Some(DateSpan { start, end })
    }

    /// The span as `lang` writes it: "25–26 February 1992", "23 июля 1993".
    pub fn format(&self, lang: Lang) -> String {
        let Some(end) = self.end else {
            return self.start.format(lang);
        };
        let same_month = self.start.year == end.year && self.start.month == end.month;
        match (self.start.day, end.day) {
            (Some(a), Some(_)) if same_month => format!("{a}–{}", end.format(lang)),
            _ if self.start.month.is_none() && end.month.is_none() => {
                format!("{}–{}", self.start.year, end.year)
            }
            _ => format!("{} – {}", self.start.format(lang), end.format(lang)),
        }
    }
}

impl<'de> Deserialize<'de> for DateSpan {
    /// A date span from its text; the validator has said what is wrong with a bad one.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        DateSpan::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("\"{text}\" is not a date")))
    }
}

impl DateSpan {
    /// The span standing on its own, as a heading: "Март 2022", not "март 2022".
    pub fn heading(&self, lang: Lang) -> String {
        let text = self.format(lang);
        let mut chars = text.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(chars).collect()
        })
    }
}

impl Date {
    fn parse(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let year = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
        let number = |part: Option<&str>, max: u8| -> Option<Option<u8>> {
            match part {
                None => Some(None),
                Some(p) if p.len() == 2 => {
                    p.parse().ok().filter(|n| (1..=max).contains(n)).map(Some)
                }
                Some(_) => None,
            }
        };
        let month = number(parts.next(), 12)?;
        let day = number(parts.next(), days_in_month(year, month.unwrap_or(1)))?;
        if parts.next().is_some() || (day.is_some() && month.is_none()) {
            return None;
        }
        Some(Date { year, month, day })
    }

    fn format(self, lang: Lang) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                format!("{d}\u{a0}{}\u{a0}{}", month_name(lang, m, true), self.year)
            }
            (Some(m), None) => format!("{}\u{a0}{}", month_name(lang, m, false), self.year),
            _ => self.year.to_string(),
        }
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The month's name; `with_day` picks Russian's genitive ("23 июля").
fn month_name(lang: Lang, month: u8, with_day: bool) -> &'static str {
    const AZ: [&str; 12] = [
        "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr",
        "oktyabr", "noyabr", "dekabr",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const TR: [&str; 12] = [
        "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
        "Kasım", "Aralık",
    ];
    const RU: [&str; 12] = [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ];
    const RU_GENITIVE: [&str; 12] = [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ];
    let names = match lang {
        Lang::Az => &AZ,
        Lang::En => &EN,
        Lang::Tr => &TR,
        Lang::Ru if with_day => &RU_GENITIVE,
        Lang::Ru => &RU,
    };
    names[usize::from(month.clamp(1, 12) - 1)]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The date as shown, its no-break spaces written as spaces.
    fn show(text: &str, lang: Lang) -> String {
        DateSpan::parse(text).map_or_else(
            || "invalid".to_owned(),
            |d| d.format(lang).replace('\u{a0}', " "),
        )
    }

    #[test]
    fn a_date_is_never_broken_across_lines() {
        let day = DateSpan::parse("1992-02-26").unwrap();
        assert_eq!(day.format(Lang::Ru), "26\u{a0}февраля\u{a0}1992");
        let span = DateSpan::parse("2020-09-27/2020-11-10").unwrap();
        // A long range may break around its dash, not inside a date.
        assert_eq!(
            span.format(Lang::En),
            "27\u{a0}September\u{a0}2020 – 10\u{a0}November\u{a0}2020"
        );
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        assert_eq!(show("1993-07-23", Lang::En), "23 July 1993");
        assert_eq!(show("1993-07-23", Lang::Az), "23 iyul 1993");
        assert_eq!(show("1993-07-23", Lang::Tr), "23 Temmuz 1993");
        assert_eq!(show("1993-07-23", Lang::Ru), "23 июля 1993");
        assert_eq!(show("2022-03", Lang::Ru), "март 2022");
        assert_eq!(show("1868/1870", Lang::Az), "1868–1870");
        assert_eq!(
            show("1992-02-25/1992-02-26", Lang::En),
            "25–26 February 1992"
        );
        assert_eq!(
            show("2020-09-27/2020-11-10", Lang::En),
            "27 September 2020 – 10 November 2020"
        );
    }

    #[test]
    fn a_date_standing_alone_begins_with_a_capital() {
        let march = DateSpan::parse("2022-03").unwrap();
        assert_eq!(march.heading(Lang::Ru), "Март\u{a0}2022");
        assert_eq!(march.heading(Lang::Az), "Mart\u{a0}2022");
        assert_eq!(march.format(Lang::Ru), "март\u{a0}2022");
        let day = DateSpan::parse("1993-07-23").unwrap();
        assert_eq!(day.heading(Lang::Ru), "23\u{a0}июля\u{a0}1993");
    }

    #[test]
    fn malformed_dates_are_refused() {
        for bad in [
            "23.07.1993",
            "93",
            "1993-13",
            "1993-02-30",
            "1993-7-1",
            "1870/1868",
            "1993--01",
            "",
        ] {
            assert_eq!(DateSpan::parse(bad), None, "{bad}");
        }
        assert!(DateSpan::parse("2024-02-29").is_some());
    }

    #[test]
    fn spans_sort_by_their_start() {
        let a = DateSpan::parse("1992-02").unwrap().start;
        let b = DateSpan::parse("1992-02-25").unwrap().start;
        assert!(a < b);
    }
}
