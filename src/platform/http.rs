//! Fetching content files from the kiosk's own web server.

/// Where the content folder is served from; absolute, so deep links work.
pub const CONTENT_ROOT: &str = "/content/";

/// Fetches `/content/<file>` as text.
///
/// # Errors
/// A sentence for staff when the request fails or the server does not answer 200.
pub async fn fetch_content(file: String) -> Result<String, String> {
    let url = format!("{CONTENT_ROOT}{file}");
    let response = gloo_net::http::Request::get(&url)
        .send()
        .await
        .map_err(|e| format!("request for {url} failed: {e}"))?;
    if !response.ok() {
        return Err(format!(
            "{url} answered HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    response
        .text()
        .await
        .map_err(|e| format!("{url} could not be read: {e}"))
}
