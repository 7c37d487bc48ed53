//! The staff panel's words in the four languages (pure, like the rest of
//! `labels`): museum staff choose their language with the same switch as
//! visitors. Technical detail such as content problems stays as the
//! validator writes it, in English.

use crate::content::Lang;
use crate::kiosk::figures_store::StoreNote;

/// A fixed word or phrase of the staff panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    ContentHeading,
    ContentLoading,
    Valid,
    Problems,
    ReloadContent,
    ReloadingContent,
    UsageHeading,
    ExportCsv,
    ExportJson,
    ClearFigures,
    PressAgain,
    FiguresCleared,
    Saved,
    KioskHeading,
    LastErrors,
    NoErrors,
    TestWarning,
    TestCrash,
    Leave,
}

/// `which` in `lang`.
#[allow(clippy::too_many_lines, clippy::match_same_arms)] // one table; languages may share a word
pub fn word(which: Word, lang: Lang) -> &'static str {
    use Lang::{Az, En, Ru, Tr};
    use Word as W;
    match (which, lang) {
        (W::ContentHeading, Az) => "Məzmun",
        (W::ContentHeading, En) => "Content",
        (W::ContentHeading, Tr) => "İçerik",
        (W::ContentHeading, Ru) => "Содержимое",
        (W::ContentLoading, Az) => "Məzmun yüklənir…",
        (W::ContentLoading, En) => "Content is loading…",
        (W::ContentLoading, Tr) => "İçerik yükleniyor…",
        (W::ContentLoading, Ru) => "Содержимое загружается…",
        (W::Valid, Az) => "qüsursuzdur",
        (W::Valid, En) => "valid",
        (W::Valid, Tr) => "geçerli",
        (W::Valid, Ru) => "без ошибок",
        (W::Problems, Az) => "PROBLEMLƏR VAR (aşağıda)",
        (W::Problems, En) => "PROBLEMS (see below)",
        (W::Problems, Tr) => "SORUNLAR VAR (aşağıda)",
        (W::Problems, Ru) => "ЕСТЬ ОШИБКИ (см. ниже)",
        (W::ReloadContent, Az) => "Məzmunu yenidən yüklə",
        (W::ReloadContent, En) => "Reload content",
        (W::ReloadContent, Tr) => "İçeriği yeniden yükle",
        (W::ReloadContent, Ru) => "Перезагрузить содержимое",
        (W::ReloadingContent, Az) => "Məzmun yenidən yüklənir…",
        (W::ReloadingContent, En) => "Reloading content…",
        (W::ReloadingContent, Tr) => "İçerik yeniden yükleniyor…",
        (W::ReloadingContent, Ru) => "Содержимое перезагружается…",
        (W::UsageHeading, Az) => "İstifadə göstəriciləri",
        (W::UsageHeading, En) => "Usage figures",
        (W::UsageHeading, Tr) => "Kullanım verileri",
        (W::UsageHeading, Ru) => "Статистика посещений",
        (W::ExportCsv, Az) => "CSV kimi ixrac et",
        (W::ExportCsv, En) => "Export CSV",
        (W::ExportCsv, Tr) => "CSV olarak dışa aktar",
        (W::ExportCsv, Ru) => "Экспорт в CSV",
        (W::ExportJson, Az) => "JSON kimi ixrac et",
        (W::ExportJson, En) => "Export JSON",
        (W::ExportJson, Tr) => "JSON olarak dışa aktar",
        (W::ExportJson, Ru) => "Экспорт в JSON",
        (W::ClearFigures, Az) => "Göstəriciləri sil",
        (W::ClearFigures, En) => "Clear figures",
        (W::ClearFigures, Tr) => "Verileri sil",
        (W::ClearFigures, Ru) => "Очистить статистику",
        (W::PressAgain, Az) => "Silmək üçün yenidən basın",
        (W::PressAgain, En) => "Press again to clear",
        (W::PressAgain, Tr) => "Silmek için tekrar basın",
        (W::PressAgain, Ru) => "Нажмите ещё раз, чтобы очистить",
        (W::FiguresCleared, Az) => "Göstəricilər silindi.",
        (W::FiguresCleared, En) => "Usage figures cleared.",
        (W::FiguresCleared, Tr) => "Veriler silindi.",
        (W::FiguresCleared, Ru) => "Статистика очищена.",
        (W::Saved, Az) => "Saxlanıldı",
        (W::Saved, En) => "Saved",
        (W::Saved, Tr) => "Kaydedildi",
        (W::Saved, Ru) => "Сохранено",
        (W::KioskHeading, Az) => "Terminal",
        (W::KioskHeading, En) => "Kiosk",
        (W::KioskHeading, Tr) => "Kiosk",
        (W::KioskHeading, Ru) => "Киоск",
        (W::LastErrors, Az) => "Son xətalar",
        (W::LastErrors, En) => "Last errors",
        (W::LastErrors, Tr) => "Son hatalar",
        (W::LastErrors, Ru) => "Последние ошибки",
        (W::NoErrors, Az) => "Xəta qeydə alınmayıb.",
        (W::NoErrors, En) => "No errors recorded.",
        (W::NoErrors, Tr) => "Kayıtlı hata yok.",
        (W::NoErrors, Ru) => "Ошибок не зарегистрировано.",
        (W::TestWarning, Az) => "Fəaliyyətsizlik xəbərdarlığını yoxla",
        (W::TestWarning, En) => "Test idle warning",
        (W::TestWarning, Tr) => "Hareketsizlik uyarısını test et",
        (W::TestWarning, Ru) => "Проверить предупреждение о бездействии",
        (W::TestCrash, Az) => "Nasazlıqdan sonra bərpanı yoxla",
        (W::TestCrash, En) => "Test crash recovery",
        (W::TestCrash, Tr) => "Çökme sonrası kurtarmayı test et",
        (W::TestCrash, Ru) => "Проверить восстановление после сбоя",
        (W::Leave, Az) => "Əməkdaş rejimindən çıx",
        (W::Leave, En) => "Leave staff mode",
        (W::Leave, Tr) => "Görevli modundan çık",
        (W::Leave, Ru) => "Выйти из режима сотрудника",
    }
}

/// What the content holds: "Schema version 1 · 2 tours · …".
pub fn content_status(counts: [usize; 6], state: &str, lang: Lang) -> String {
    let [schema, tours, steps, terms, events, sources] = counts;
    match lang {
        Lang::Az => format!("Sxem versiyası {schema} · {tours} tur · {steps} addım · {terms} termin · {events} hadisə · {sources} mənbə · {state}"),
        Lang::En => format!("Schema version {schema} · {tours} tours · {steps} steps · {terms} glossary terms · {events} timeline events · {sources} sources · {state}"),
        Lang::Tr => format!("Şema sürümü {schema} · {tours} tur · {steps} durak · {terms} terim · {events} olay · {sources} kaynak · {state}"),
        Lang::Ru => format!("Версия схемы {schema} · экскурсий: {tours} · остановок: {steps} · терминов: {terms} · событий: {events} · источников: {sources} · {state}"),
    }
}

/// The lines of the usage summary.
pub struct FigureLines<'a> {
    pub visits: u64,
    pub mean_seconds: u64,
    /// (tour id, started, completed, percent)
    pub tours: Vec<(&'a str, u64, u64, u64)>,
    pub languages: String,
    /// (larger text, high contrast, low reach, narration plays)
    pub display: (u64, u64, u64, u64),
}

impl FigureLines<'_> {
    /// The summary as lines of text in `lang`.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let (visits, mean) = (self.visits, self.mean_seconds);
        let (larger, contrast, reach, narration) = self.display;
        let mut lines = vec![
            match lang {
                Lang::Az => format!("Ziyarətlər: {visits}"),
                Lang::En => format!("Visits: {visits}"),
                Lang::Tr => format!("Ziyaretler: {visits}"),
                Lang::Ru => format!("Посещений: {visits}"),
            },
            match lang {
                Lang::Az => format!("Ziyarətin orta müddəti: {mean} san."),
                Lang::En => format!("Mean visit: {mean} s"),
                Lang::Tr => format!("Ortalama ziyaret süresi: {mean} sn"),
                Lang::Ru => format!("Средняя длительность посещения: {mean}\u{a0}с"),
            },
        ];
        lines.extend(
            self.tours
                .iter()
                .map(|(tour, started, completed, percent)| match lang {
                    Lang::Az => {
                        format!("{tour}: {started} başlanıb, {completed} tamamlanıb ({percent}%)")
                    }
                    Lang::En => {
                        format!("{tour}: {started} started, {completed} completed ({percent}%)")
                    }
                    Lang::Tr => {
                        format!("{tour}: {started} başlatıldı, {completed} tamamlandı (%{percent})")
                    }
                    Lang::Ru => {
                        format!("{tour}: начато {started}, завершено {completed} ({percent}%)")
                    }
                }),
        );
        let languages = &self.languages;
        lines.push(match lang {
            Lang::Az => format!("Dillər: {languages}"),
            Lang::En => format!("Languages: {languages}"),
            Lang::Tr => format!("Diller: {languages}"),
            Lang::Ru => format!("Языки: {languages}"),
        });
        lines.push(match lang {
            Lang::Az => format!("Böyük yazı: {larger} · Yüksək kontrast: {contrast} · Düymələr aşağıda: {reach} · Səsli izah dinlənilib: {narration}"),
            Lang::En => format!("Larger text: {larger} · High contrast: {contrast} · Low reach: {reach} · Narration plays: {narration}"),
            Lang::Tr => format!("Büyük yazı: {larger} · Yüksek kontrast: {contrast} · Düğmeler aşağıda: {reach} · Sesli anlatım: {narration}"),
            Lang::Ru => format!("Крупный текст: {larger} · Высокий контраст: {contrast} · Кнопки внизу: {reach} · Прослушиваний рассказа: {narration}"),
        });
        lines
    }
}

/// "Running for h h mm min" in `lang`.
pub fn uptime(minutes: u64, lang: Lang) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match lang {
        Lang::Az => format!("{h} saat {m:02} dəq. işləyir"),
        Lang::En => format!("Running for {h} h {m:02} min"),
        Lang::Tr => format!("Çalışma süresi: {h} saat {m:02} dk."),
        Lang::Ru => format!("Работает {h}\u{a0}ч {m:02}\u{a0}мин"),
    }
}

/// What staff should know about the stored usage figures, in `lang`; the
/// technical detail stays in English, as the browser gives it.
pub fn storage_note(note: &StoreNote, lang: Lang) -> String {
    match note {
        StoreNote::Migrated => match lang {
            Lang::Az => "Əvvəlki versiyanın istifadə göstəriciləri yeni formata köçürüldü.",
            Lang::En => "Usage figures from an earlier version were carried over.",
            Lang::Tr => "Önceki sürümün kullanım verileri aktarıldı.",
            Lang::Ru => "Статистика из прежней версии перенесена.",
        }
        .to_owned(),
        StoreNote::EarlierCopyUsed { detail } => match lang {
            Lang::Az => format!("İstifadə göstəricilərinin son saxlanması yarımçıq qalıb; ondan əvvəlki nüsxə istifadə olunur ({detail})."),
            Lang::En => format!("The last save of the usage figures was cut short; the copy saved before it is used ({detail})."),
            Lang::Tr => format!("Kullanım verilerinin son kaydı yarım kaldı; ondan önceki kopya kullanılıyor ({detail})."),
            Lang::Ru => format!("Последнее сохранение статистики прервалось; используется предыдущая копия ({detail})."),
        },
        StoreNote::Reset { detail } => match lang {
            Lang::Az => format!("Saxlanılmış istifadə göstəriciləri oxuna bilmədi və sıfırdan başlandı ({detail})."),
            Lang::En => format!("Stored usage figures could not be read and were started afresh ({detail})."),
            Lang::Tr => format!("Kayıtlı kullanım verileri okunamadı ve sıfırdan başlatıldı ({detail})."),
            Lang::Ru => format!("Сохранённую статистику не удалось прочитать, она начата заново ({detail})."),
        },
        StoreNote::Unavailable { detail } => match lang {
            Lang::Az => format!("İstifadə göstəriciləri bu terminalda saxlanıla bilmir (yaddaş doludur və ya bağlıdır); növbəti yenidən başladılanadək yaddaşda qalır ({detail})."),
            Lang::En => format!("Usage figures cannot be saved on this kiosk (storage full or blocked); they are kept in memory until the next restart ({detail})."),
            Lang::Tr => format!("Kullanım verileri bu kioskta kaydedilemiyor (depolama dolu ya da engelli); bir sonraki yeniden başlatmaya kadar bellekte tutuluyor ({detail})."),
            Lang::Ru => format!("Статистику не удаётся сохранить на этом киоске (хранилище переполнено или заблокировано); она хранится в памяти до перезапуска ({detail})."),
        },
    }
}
