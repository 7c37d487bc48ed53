//! Median and 95th percentile of timing samples (nearest-rank method).

/// A set of samples reduced to what the report shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    pub n: usize,
    pub p50: f64,
    pub p95: f64,
}

/// The nearest-rank `pct` percentile of `samples` (`None` when empty).
pub fn percentile(samples: &[f64], pct: f64) -> Option<f64> {
    let mut sorted: Vec<f64> = samples.iter().copied().filter(|s| s.is_finite()).collect();
    if sorted.is_empty() {
        return None;
    }
    sorted.sort_by(f64::total_cmp);
    // Ranks are small positive integers: the casts are exact.
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let rank = ((pct / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    Some(sorted[rank.min(sorted.len()) - 1])
}

/// Median and p95 of `samples`.
pub fn summary(samples: &[f64]) -> Option<Summary> {
    Some(Summary {
        n: samples.len(),
        p50: percentile(samples, 50.0)?,
        p95: percentile(samples, 95.0)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_of_one_to_twenty() {
        let samples: Vec<f64> = (1..=20).rev().map(f64::from).collect();
        assert_eq!(percentile(&samples, 50.0), Some(10.0));
        assert_eq!(percentile(&samples, 95.0), Some(19.0));
        assert_eq!(percentile(&samples, 100.0), Some(20.0));
    }

    #[test]
    fn one_sample_is_every_percentile_and_none_is_none() {
        assert_eq!(
            summary(&[7.5]),
            Some(Summary {
                n: 1,
                p50: 7.5,
                p95: 7.5
            })
        );
        assert_eq!(summary(&[]), None);
    }
}
