//! The issue's budgets: ratios to the reference counter measured in the same
//! run, plus two absolute limits, each judged PASS or FAIL.

/// One budget and the value this run measured for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Budget {
    pub name: &'static str,
    pub value: f64,
    pub limit: f64,
    /// True when the value must stay at or below the limit, false at or above.
    pub at_most: bool,
    /// A tighter figure to aim at, reported but not enforced.
    pub aim: Option<f64>,
    pub unit: &'static str,
}

impl Budget {
    pub fn pass(&self) -> bool {
        if self.at_most {
            self.value <= self.limit
        } else {
            self.value >= self.limit
        }
    }

    /// `≤ 6.0×`, `≥ 95`: the limit as the report writes it.
    pub fn rule(&self) -> String {
        let sign = if self.at_most { "≤" } else { "≥" };
        let aim = self
            .aim
            .map(|a| format!(" (aim {a}{})", self.unit))
            .unwrap_or_default();
        format!("{sign} {}{}{aim}", self.limit, self.unit)
    }
}

/// What the budgets are computed from.
pub struct Measured {
    pub gzip_ratio: f64,
    pub cold_start_4x_ratio: f64,
    pub step_p95_ratio: f64,
    pub language_p95_ratio: f64,
    pub attract_cpu_percent: f64,
    pub lighthouse: f64,
}

pub fn budgets(m: &Measured) -> Vec<Budget> {
    let ratio = |name, value, limit, aim| Budget {
        name,
        value,
        limit,
        at_most: true,
        aim,
        unit: "×",
    };
    vec![
        ratio("app code gzip ÷ counter", m.gzip_ratio, 6.0, Some(4.5)),
        ratio(
            "cold start to interactive at 4× CPU, median ÷ counter",
            m.cold_start_4x_ratio,
            1.5,
            None,
        ),
        ratio(
            "step change p95 ÷ counter click p95 (4× CPU)",
            m.step_p95_ratio,
            3.0,
            None,
        ),
        ratio(
            "language switch p95 ÷ counter click p95 (4× CPU)",
            m.language_p95_ratio,
            4.0,
            None,
        ),
        Budget {
            name: "attract screen CPU, % of one core",
            value: m.attract_cpu_percent,
            limit: 2.0,
            at_most: true,
            aim: None,
            unit: " %",
        },
        Budget {
            name: "Lighthouse performance on /home",
            value: m.lighthouse,
            limit: 95.0,
            at_most: false,
            aim: None,
            unit: "",
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measured() -> Measured {
        Measured {
            gzip_ratio: 6.0,
            cold_start_4x_ratio: 1.2,
            step_p95_ratio: 2.0,
            language_p95_ratio: 3.0,
            attract_cpu_percent: 0.5,
            lighthouse: 95.0,
        }
    }

    #[test]
    fn values_on_the_limit_pass() {
        assert!(budgets(&measured()).iter().all(Budget::pass));
    }

    #[test]
    fn a_larger_kiosk_or_a_lower_score_fails_its_budget_only() {
        let m = Measured {
            gzip_ratio: 11.2,
            lighthouse: 94.0,
            ..measured()
        };
        let failed: Vec<_> = budgets(&m)
            .into_iter()
            .filter(|b| !b.pass())
            .map(|b| b.name)
            .collect();
        assert_eq!(
            failed,
            ["app code gzip ÷ counter", "Lighthouse performance on /home"]
        );
    }

    #[test]
    fn rules_read_as_the_issue_writes_them() {
        let all = budgets(&measured());
        assert_eq!(all[0].rule(), "≤ 6× (aim 4.5×)");
        assert_eq!(all[4].rule(), "≤ 2 %");
        assert_eq!(all[5].rule(), "≥ 95");
    }
}
