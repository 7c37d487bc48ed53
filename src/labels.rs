//! The interface's own words in every language (tour text lives in the
//! content JSON). A `match` per label lets the compiler see every language.

pub mod staff;

use crate::content::Lang;

/// A fixed piece of interface text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    KioskName,
    TouchToBegin,
    Home,
    Language,
    LargerText,
    HighContrast,
    LowReach,
    ChooseTour,
    StartTour,
    StepsOfTour,
    Back,
    Next,
    Finish,
    Source,
    Sources,
    TourEndTitle,
    ThankYou,
    TourEndThanks,
    BackToTours,
    PageNotFound,
    PageNotFoundHelp,
    Loading,
    ContentTrouble,
    ContentTroubleHelp,
    TechnicalDetail,
    Timeline,
    TimelineLead,
    Close,
    PlayNarration,
    PauseNarration,
    WordsExplained,
    Plan,
    ZoomHint,
    ZoomIn,
    ZoomOut,
    ResetZoom,
    PictureMissing,
    InMemory,
    StillThere,
    Continue,
    Staff,
    EnterPin,
    WrongPin,
    Clear,
    Enter,
}

/// `label` in `lang`.
#[allow(clippy::too_many_lines, clippy::match_same_arms)] // one table; languages may share a word
pub fn label(label: Label, lang: Lang) -> &'static str {
    use Label as L;
    use Lang::{Az, En, Ru, Tr};
    match (label, lang) {
        (L::KioskName, Az) => "Ağdam bələdçisi",
        (L::KioskName, En) => "Aghdam Guide",
        (L::KioskName, Tr) => "Ağdam Rehberi",
        (L::KioskName, Ru) => "Путеводитель по Агдаму",
        (L::TouchToBegin, Az) => "Başlamaq üçün toxunun",
        (L::TouchToBegin, En) => "Touch to begin",
        (L::TouchToBegin, Tr) => "Başlamak için dokunun",
        (L::TouchToBegin, Ru) => "Коснитесь экрана, чтобы начать",
        (L::Home, Az) => "Ana səhifə",
        (L::Home, En) => "Home",
        (L::Home, Tr) => "Ana sayfa",
        (L::Home, Ru) => "Главная",
        (L::Language, Az) => "Dil",
        (L::Language, En) => "Language",
        (L::Language, Tr) => "Dil",
        (L::Language, Ru) => "Язык",
        (L::LargerText, Az) => "Böyük yazı",
        (L::LargerText, En) => "Larger text",
        (L::LargerText, Tr) => "Büyük yazı",
        (L::LargerText, Ru) => "Крупный текст",
        (L::HighContrast, Az) => "Yüksək kontrast",
        (L::HighContrast, En) => "High contrast",
        (L::HighContrast, Tr) => "Yüksek kontrast",
        (L::HighContrast, Ru) => "Высокий контраст",
        (L::LowReach, Az) => "Düymələr aşağıda",
        (L::LowReach, En) => "Low reach",
        (L::LowReach, Tr) => "Düğmeler aşağıda",
        (L::LowReach, Ru) => "Кнопки внизу",
        (L::ChooseTour, Az) => "Tur seçin",
        (L::ChooseTour, En) => "Choose a tour",
        (L::ChooseTour, Tr) => "Bir tur seçin",
        (L::ChooseTour, Ru) => "Выберите экскурсию",
        (L::StartTour, Az) => "Tura başla",
        (L::StartTour, En) => "Start tour",
        (L::StartTour, Tr) => "Tura başla",
        (L::StartTour, Ru) => "Начать экскурсию",
        (L::StepsOfTour, Az) => "Turun addımları",
        (L::StepsOfTour, En) => "Steps of the tour",
        (L::StepsOfTour, Tr) => "Turun durakları",
        (L::StepsOfTour, Ru) => "Остановки экскурсии",
        (L::Back, Az) => "Geri",
        (L::Back, En) => "Back",
        (L::Back, Tr) => "Geri",
        (L::Back, Ru) => "Назад",
        (L::Next, Az) => "İrəli",
        (L::Next, En) => "Next",
        (L::Next, Tr) => "İleri",
        (L::Next, Ru) => "Далее",
        (L::Finish, Az) => "Bitir",
        (L::Finish, En) => "Finish",
        (L::Finish, Tr) => "Bitir",
        (L::Finish, Ru) => "Завершить",
        (L::Source, Az) => "Mənbə",
        (L::Source, En) => "Source",
        (L::Source, Tr) => "Kaynak",
        (L::Source, Ru) => "Источник",
        (L::Sources, Az) => "Mənbələr",
        (L::Sources, En) => "Sources",
        (L::Sources, Tr) => "Kaynaklar",
        (L::Sources, Ru) => "Источники",
        (L::TourEndTitle, Az) => "Turun sonu",
        (L::TourEndTitle, En) => "End of the tour",
        (L::TourEndTitle, Tr) => "Turun sonu",
        (L::TourEndTitle, Ru) => "Экскурсия завершена",
        (L::ThankYou, Az) => "Təşəkkür edirik",
        (L::ThankYou, En) => "Thank you",
        (L::ThankYou, Tr) => "Teşekkür ederiz",
        (L::ThankYou, Ru) => "Спасибо",
        (L::TourEndThanks, Az) => "Bu turda bizimlə olduğunuz üçün minnətdarıq.",
        (L::TourEndThanks, En) => "We are grateful that you took this tour with us.",
        (L::TourEndThanks, Tr) => "Bu turu bizimle yaptığınız için size minnettarız.",
        (L::TourEndThanks, Ru) => "Благодарим вас за то, что прошли эту экскурсию вместе с нами.",
        (L::BackToTours, Az) => "Turlara qayıt",
        (L::BackToTours, En) => "Back to tours",
        (L::BackToTours, Tr) => "Turlara dön",
        (L::BackToTours, Ru) => "К списку экскурсий",
        (L::PageNotFound, Az) => "Səhifə tapılmadı",
        (L::PageNotFound, En) => "Page not found",
        (L::PageNotFound, Tr) => "Sayfa bulunamadı",
        (L::PageNotFound, Ru) => "Страница не найдена",
        (L::PageNotFoundHelp, Az) => {
            "Bu ünvanda səhifə yoxdur. Zəhmət olmasa, ana səhifədən davam edin."
        }
        (L::PageNotFoundHelp, En) => {
            "There is nothing at this address. Please continue from the home screen."
        }
        (L::PageNotFoundHelp, Tr) => {
            "Bu adreste bir sayfa bulunmuyor. Lütfen ana sayfadan devam edin."
        }
        (L::PageNotFoundHelp, Ru) => "По этому адресу ничего нет. Вернитесь на главный экран.",
        (L::Loading, Az) => "Yüklənir…",
        (L::Loading, En) => "Loading…",
        (L::Loading, Tr) => "Yükleniyor…",
        (L::Loading, Ru) => "Загрузка…",
        (L::ContentTrouble, Az) => "Bu məlumatın bir hissəsi hazırda göstərilə bilmir.",
        (L::ContentTrouble, En) => "Part of this information cannot be shown right now.",
        (L::ContentTrouble, Tr) => "Bu bilgilerin bir kısmı şu anda gösterilemiyor.",
        (L::ContentTrouble, Ru) => "Часть информации сейчас недоступна.",
        (L::ContentTroubleHelp, Az) => "Zəhmət olmasa, muzey əməkdaşına bildirin.",
        (L::ContentTroubleHelp, En) => "Please let a member of the museum staff know.",
        (L::ContentTroubleHelp, Tr) => "Lütfen müze görevlisine haber verin.",
        (L::ContentTroubleHelp, Ru) => "Пожалуйста, сообщите об этом сотруднику музея.",
        (L::TechnicalDetail, Az) => "Texniki məlumat (əməkdaşlar üçün)",
        (L::TechnicalDetail, En) => "Technical detail (for staff)",
        (L::TechnicalDetail, Tr) => "Teknik ayrıntı (görevliler için)",
        (L::TechnicalDetail, Ru) => "Технические подробности (для сотрудников)",
        (L::Timeline, Az) => "Xronologiya",
        (L::Timeline, En) => "Timeline",
        (L::Timeline, Tr) => "Zaman çizelgesi",
        (L::Timeline, Ru) => "Хронология",
        (L::TimelineLead, Az) => "Məscidin və xiyabanın tarixi ilbəil",
        (L::TimelineLead, En) => "The history of both places, year by year",
        (L::TimelineLead, Tr) => "Her iki mekânın tarihi, yıl yıl",
        (L::TimelineLead, Ru) => "История мечети и Аллеи шехидов по годам",
        (L::Close, Az) => "Bağla",
        (L::Close, En) => "Close",
        (L::Close, Tr) => "Kapat",
        (L::Close, Ru) => "Закрыть",
        (L::PlayNarration, Az) => "Səsli izahı dinlə",
        (L::PlayNarration, En) => "Play narration",
        (L::PlayNarration, Tr) => "Sesli anlatımı dinle",
        (L::PlayNarration, Ru) => "Слушать рассказ",
        (L::PauseNarration, Az) => "Səsli izahı dayandır",
        (L::PauseNarration, En) => "Pause narration",
        (L::PauseNarration, Tr) => "Sesli anlatımı duraklat",
        (L::PauseNarration, Ru) => "Приостановить рассказ",
        (L::WordsExplained, Az) => "Sözlərin izahı",
        (L::WordsExplained, En) => "Words explained",
        (L::WordsExplained, Tr) => "Terimler",
        (L::WordsExplained, Ru) => "Термины",
        (L::Plan, Az) => "Plan",
        (L::Plan, En) => "Plan",
        (L::Plan, Tr) => "Plan",
        (L::Plan, Ru) => "План",
        (L::ZoomHint, Az) => {
            "Böyütmək üçün iki barmağınızı ekranda aralayın və ya iki dəfə toxunun"
        }
        (L::ZoomHint, En) => "Spread two fingers or tap twice to enlarge",
        (L::ZoomHint, Tr) => "Büyütmek için iki parmağınızı ekranda açın ya da çift dokunun",
        (L::ZoomHint, Ru) => "Чтобы увеличить, разведите два пальца или коснитесь дважды",
        (L::ZoomIn, Az) => "Böyüt",
        (L::ZoomIn, En) => "Zoom in",
        (L::ZoomIn, Tr) => "Yakınlaştır",
        (L::ZoomIn, Ru) => "Увеличить",
        (L::ZoomOut, Az) => "Kiçilt",
        (L::ZoomOut, En) => "Zoom out",
        (L::ZoomOut, Tr) => "Uzaklaştır",
        (L::ZoomOut, Ru) => "Уменьшить",
        (L::ResetZoom, Az) => "İlkin ölçü",
        (L::ResetZoom, En) => "Reset zoom",
        (L::ResetZoom, Tr) => "İlk boyut",
        (L::ResetZoom, Ru) => "Исходный размер",
        (L::PictureMissing, Az) => "Şəkil hazırda göstərilə bilmir",
        (L::PictureMissing, En) => "This picture cannot be shown right now",
        (L::PictureMissing, Tr) => "Bu resim şu anda gösterilemiyor",
        (L::PictureMissing, Ru) => "Это изображение сейчас недоступно",
        (L::InMemory, Az) => "Əziz xatirələrinə",
        (L::InMemory, En) => "In memory",
        (L::InMemory, Tr) => "Saygıyla anıyoruz",
        (L::InMemory, Ru) => "Светлая память",
        (L::StillThere, Az) => "Hələ buradasınız?",
        (L::StillThere, En) => "Are you still there?",
        (L::StillThere, Tr) => "Hâlâ orada mısınız?",
        (L::StillThere, Ru) => "Вы ещё здесь?",
        (L::Continue, Az) => "Davam et",
        (L::Continue, En) => "Continue",
        (L::Continue, Tr) => "Devam et",
        (L::Continue, Ru) => "Продолжить",
        (L::Staff, Az) => "Əməkdaşlar üçün",
        (L::Staff, En) => "Staff",
        (L::Staff, Tr) => "Görevliler için",
        (L::Staff, Ru) => "Для сотрудников",
        (L::EnterPin, Az) => "PIN-kodu daxil edin",
        (L::EnterPin, En) => "Enter the PIN",
        (L::EnterPin, Tr) => "PIN kodunu girin",
        (L::EnterPin, Ru) => "Введите PIN-код",
        (L::WrongPin, Az) => "PIN-kod yanlışdır",
        (L::WrongPin, En) => "Wrong PIN",
        (L::WrongPin, Tr) => "PIN kodu yanlış",
        (L::WrongPin, Ru) => "Неверный PIN-код",
        (L::Clear, Az) => "Sil",
        (L::Clear, En) => "Clear",
        (L::Clear, Tr) => "Sil",
        (L::Clear, Ru) => "Стереть",
        (L::Enter, Az) => "Daxil ol",
        (L::Enter, En) => "Enter",
        (L::Enter, Tr) => "Giriş",
        (L::Enter, Ru) => "Войти",
    }
}

/// "Step n of N" in `lang`.
pub fn step_of(n: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Az => format!("Addım {n} / {total}"),
        Lang::En => format!("Step {n} of {total}"),
        Lang::Tr => format!("Durak {n} / {total}"),
        Lang::Ru => format!("Остановка {n} из {total}"),
    }
}

/// "Step n" in `lang`: the name of a plan hotspot.
pub fn step_number(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Az => format!("Addım {n}"),
        Lang::En => format!("Step {n}"),
        Lang::Tr => format!("Durak {n}"),
        Lang::Ru => format!("Остановка {n}"),
    }
}

/// "Locked: try again in N s" in `lang`.
pub fn locked_for(seconds: u64, lang: Lang) -> String {
    match lang {
        Lang::Az => format!("Bağlıdır: {seconds} saniyədən sonra yenidən cəhd edin"),
        Lang::En => format!("Locked: try again in {seconds} s"),
        Lang::Tr => format!("Kilitli: {seconds} saniye sonra yeniden deneyin"),
        Lang::Ru => format!("Заблокировано: попробуйте снова через {seconds}\u{a0}с"),
    }
}

/// "about N min" in `lang`.
pub fn about_minutes(minutes: usize, lang: Lang) -> String {
    match lang {
        Lang::Az => format!("təxminən {minutes} dəq."),
        Lang::En => format!("about {minutes} min"),
        Lang::Tr => format!("yaklaşık {minutes} dk."),
        Lang::Ru => format!("около {minutes}\u{a0}мин"),
    }
}

/// "N steps" in `lang`, with Russian plural forms.
pub fn step_count(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Az => format!("{count} addım"),
        Lang::En if count == 1 => "1 step".to_owned(),
        Lang::En => format!("{count} steps"),
        Lang::Tr => format!("{count} durak"),
        Lang::Ru => {
            let word = match (count % 10, count % 100) {
                (1, n) if n != 11 => "остановка",
                (2..=4, n) if !(12..=14).contains(&n) => "остановки",
                _ => "остановок",
            };
            format!("{count} {word}")
        }
    }
}

/// The attract button's name: the prompt in every language, so any visitor
/// (and any screen reader) finds it.
pub fn touch_to_begin_all() -> String {
    Lang::ALL
        .map(|lang| label(Label::TouchToBegin, lang))
        .join(" · ")
}

/// A document title naming the screen, then the kiosk.
pub fn document_title(screen: &str, lang: Lang) -> String {
    format!("{screen} · {}", label(Label::KioskName, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_step_counts_agree_with_the_number() {
        let forms: Vec<String> = [1, 2, 5, 11, 12, 21, 22]
            .into_iter()
            .map(|n| step_count(n, Lang::Ru))
            .collect();
        assert_eq!(
            forms,
            [
                "1 остановка",
                "2 остановки",
                "5 остановок",
                "11 остановок",
                "12 остановок",
                "21 остановка",
                "22 остановки"
            ]
        );
    }

    #[test]
    fn step_of_matches_the_contract_in_english() {
        assert_eq!(step_of(3, 11, Lang::En), "Step 3 of 11");
        assert_eq!(step_of(3, 11, Lang::Ru), "Остановка 3 из 11");
    }

    #[test]
    fn attract_name_contains_every_prompt() {
        let name = touch_to_begin_all();
        assert!(name.contains("Touch to begin"));
        assert!(name.contains("Başlamaq üçün toxunun"));
        assert!(name.contains("Коснитесь"));
    }
}
