// The Korean translation is complete: every message of translations/*.ts is finished and keeps
// its placeholders, lupdate finds nothing in the sources that the files lack, and the texts
// the program builds at run time (step titles, stage names, error messages, field names) come
// out in Korean.
#include "FieldText.h"
#include "LanguageManager.h"
#include "ReviewPage.h"
#include "SettingErrorText.h"
#include "StepText.h"
#include "export/ScriptExporter.h"
#include "plan/Plan.h"
#include "plan/PlanBuilder.h"
#include "run/StepListModel.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace cnpg;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    QString type;             // "", "unfinished", "obsolete", "vanished"
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QList<Message> out;
    QString context;
    Message msg;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                msg = Message();
                msg.context = context;
                msg.numerus =
                    xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                msg.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                msg.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!msg.numerus)
                    msg.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                msg.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << msg;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QString tsPath(const QString& lang)
{
    return QStringLiteral(CNPG_SOURCE_DIR "/translations/cnpg-aks-wizard_") + lang +
           QStringLiteral(".ts");
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[0-9]+|n)"));
    QSet<QString> out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out.insert(it.next().captured().remove(QLatin1Char('L')));
    return out;
}

bool hasHangul(const QString& s)
{
    for (QChar c : s) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT
private slots:
    void everyMessageIsFinished_data();
    void everyMessageIsFinished();
    void sourcesHaveNoMissingMessages();
    void runtimeTextIsKorean();
};

void TranslationsTest::everyMessageIsFinished_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("ko") << QStringLiteral("ko");
    QTest::newRow("en") << QStringLiteral("en");
}

void TranslationsTest::everyMessageIsFinished()
{
    QFETCH(QString, lang);
    QString error;
    const QList<Message> messages = readTs(tsPath(lang), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 300);
    QStringList problems;
    for (const Message& m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(70);
        if (!m.type.isEmpty()) {
            problems << m.type + QStringLiteral(" — ") + where;
            continue;
        }
        if (m.translations.isEmpty() ||
            std::any_of(m.translations.begin(), m.translations.end(),
                        [](const QString& t) { return t.trimmed().isEmpty(); })) {
            problems << QStringLiteral("empty — ") + where;
            continue;
        }
        if (m.numerus && lang == QLatin1String("en") && m.translations.size() != 2)
            problems << QStringLiteral("English needs singular and plural — ") + where;
        for (const QString& t : m.translations) {
            QSet<QString> want = placeholders(m.source);
            // A numerus form may say "one" instead of %n.
            if (m.numerus && !t.contains(QStringLiteral("%n")))
                want.remove(QStringLiteral("%n"));
            if (placeholders(t) != want)
                problems << QStringLiteral("placeholders differ — ") + where +
                                QStringLiteral(" → ") + t;
        }
        // Korean: a translation that is still the English text is not a translation, unless
        // the text is nothing but names, placeholders and punctuation.
        if (lang == QLatin1String("ko")) {
            QString letters = m.source;
            letters.remove(QRegularExpression(QStringLiteral("%[0-9n]|[^A-Za-z]")));
            if (letters.size() > 3 && !hasHangul(m.translations.first()))
                problems << QStringLiteral("not Korean — ") + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::sourcesHaveNoMissingMessages()
{
    // lupdate over the same sources the build uses (core's sub-folders included, with core's
    // include path so that it sees the namespaces); every message it finds must be in the
    // committed files (with `cmake --build . --target cnpg-ui_lupdate` they are regenerated).
    QStringList sources;
    for (const char* dir : {"core", "ui", "app"}) {
        QDirIterator it(QStringLiteral(CNPG_SOURCE_DIR "/") + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            sources << it.next();
    }
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString fresh = tmp.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(CNPG_LUPDATE),
                  QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"),
                              QStringLiteral("none"), QStringLiteral("-I"),
                              QStringLiteral(CNPG_SOURCE_DIR "/core")} +
                      sources + QStringList{QStringLiteral("-ts"), fresh});
    QVERIFY2(lupdate.waitForFinished(90000), "lupdate did not finish");
    QCOMPARE(lupdate.exitCode(), 0);
    QString error;
    const QList<Message> found = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(found.size() > 300);
    for (const QString& lang : {QStringLiteral("ko"), QStringLiteral("en")}) {
        QSet<QString> have;
        for (const Message& m : readTs(tsPath(lang), &error))
            have.insert(m.context + QLatin1Char('\x1f') + m.source);
        QStringList missing;
        for (const Message& m : found) {
            if (!have.contains(m.context + QLatin1Char('\x1f') + m.source))
                missing << m.context + QStringLiteral(": ") + m.source.left(80);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(lang + QStringLiteral(" lacks:\n") + missing.join(QLatin1Char('\n'))));
    }
}

void TranslationsTest::runtimeTextIsKorean()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("ko"), false));
    QStringList english;
    auto check = [&](const QString& what, const QString& text) {
        if (!hasHangul(text))
            english << what + QStringLiteral(": ") + text;
    };
    // Step titles and stage names: the plan keeps English source text and translates late.
    Settings s = Settings::withGeneratedIds();
    s.setValue(keys::HelmChartVersion, QStringLiteral("0.22.1"));
    const Plan plan = PlanBuilder::build(s);
    for (const Step& step : plan.steps()) {
        check(step.id, QCoreApplication::translate("cnpg::Plan", qPrintable(step.title)));
        check(step.id + QStringLiteral(" stage"),
              QCoreApplication::translate("cnpg::Plan",
                                          qPrintable(plan.findStage(step.stage)->title)));
    }
    for (int c = 0; c <= int(SettingErrorCode::InvalidFormat); ++c) {
        SettingError e{keys::LocalName, SettingErrorCode(c), 1, 2, QStringLiteral("x")};
        check(settingErrorCodeName(e.code), SettingErrorText::message(e));
    }
    for (const FieldSpec& f : SettingsSchema::fields()) {
        check(f.key, FieldText::name(f.key));
        if (!FieldText::hint(f.key).isEmpty())
            check(f.key + QStringLiteral(" hint"), FieldText::hint(f.key));
    }
    for (int st = 0; st <= int(StepState::Cancelled); ++st)
        check(stepStateName(StepState(st)), StepText::stateText(StepState(st)));
    // CloudNativePG's phases as the operator spells them; an unknown one is shown as it comes.
    const StepText wording;
    for (const char* phase :
         {"Setting up primary", "Creating a new replica",
          "Waiting for the instances to become active", "Cluster in healthy state",
          "Switchover in progress", "Failing over", "Upgrading cluster", "Applying configuration",
          "pending", "started", "running", "finalizing", "completed", "failed",
          "walArchivingFailing"})
        check(QString::fromLatin1(phase), wording.liveState(QString::fromLatin1(phase)));
    QCOMPARE(wording.liveState(QStringLiteral("Setting up primary")),
             QStringLiteral("주 인스턴스 설정 중"));
    QCOMPARE(wording.liveState(QStringLiteral("Some future phase")),
             QStringLiteral("Some future phase"));
    // With the cluster's ready instances (phase, tab, ready/desired); none ready yet: the phase.
    QCOMPARE(wording.liveState(QStringLiteral("Creating a new replica\t2/3")),
             QStringLiteral("새 대기 복제본 만드는 중 (2/3 준비됨)"));
    QCOMPARE(wording.liveState(QStringLiteral("Setting up primary\t/3")),
             QStringLiteral("주 인스턴스 설정 중"));
    QCOMPARE(wording.liveState(QStringLiteral("Some future phase\t1/3")),
             QStringLiteral("Some future phase (1/3 준비됨)"));
    // The exported script's comments (its step titles are covered above).
    const QString script = ScriptExporter::generate(PlanBuilder::build(s), s, QStringLiteral("x"));
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("# ")) && !line.contains(QLatin1String("shellcheck")))
            check(QStringLiteral("script"), line);
    }
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));

    QCOMPARE(ReviewPage::durationText(120), QStringLiteral("약 2분"));

    // And back: English is the source text, with its plural forms.
    QVERIFY(languages.setLanguage(QStringLiteral("en"), false));
    QCOMPARE(SettingErrorText::message({keys::LocalName, SettingErrorCode::Required, 0, 0, {}}),
             QStringLiteral("A value is required."));
    QCOMPARE(ReviewPage::durationText(60), QStringLiteral("about 1 minute"));
    QCOMPARE(ReviewPage::durationText(120), QStringLiteral("about 2 minutes"));
    QCOMPARE(wording.liveState(QStringLiteral("Creating a new replica\t2/3")),
             QStringLiteral("Creating a new replica (2/3 ready)"));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
