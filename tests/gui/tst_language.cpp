// Switching the language mid-flow retranslates everything at once: in Korean no English is
// left on any page except names, commands and values; back in English no Korean is left.
#include "CommandPreview.h"
#include "GuiTestUtil.h"
#include "SettingsFormPage.h"

#include <QRegularExpression>
#include <QSettings>

using namespace cnpg;
using namespace cnpg::test;

namespace {

// What may stay English in the Korean UI: product and resource type names as the Korean guide
// writes them, role names, tools, acronyms, variable names, and values (anything with a digit,
// a hyphen, a dot, a slash or an equals sign).
QString withoutAllowedEnglish(QString text)
{
    static const QStringList names = {
        "Azure",       "AKS",     "CLI",     "CNPG",       "CloudNativePG",
        "PostgreSQL",  "Grafana", "Managed", "Monitor",    "Log",
        "Analytics",   "Helm",    "Blob",    "Storage",    "Data",
        "Contributor", "Owner",   "Network", "DaemonSet",  "Entra",
        "ID",          "IP",      "IPv4",    "CIDR",       "DNS",
        "VM",          "SKU",     "RBAC",    "API",        "JSON",
        "URL",         "PVC",     "OK",      "Prometheus", "Kubernetes",
        "Microsoft",   "GitHub",  "kubectl", "krew",       "helm",
        "az",          "jq",      "psql",    "bash",       "cnpg",
        "amg",         "English", "PNG",     "Markdown",   "workload",
        "postgres",    "Bash",    "SHA",     "Load",       "Balancer"};
    static const QRegularExpression value(
        QStringLiteral("\\S*[0-9./=_@:\\\\-]\\S*|\\b[A-Z][A-Z0-9_]{2,}\\b|\\(&[A-Za-z]\\)|&"));
    text.remove(value);
    for (const QString& n : names)
        text.remove(QRegularExpression(QStringLiteral("\\b") + QRegularExpression::escape(n) +
                                       QStringLiteral("\\b")));
    return text;
}

bool hasHangul(const QString& s)
{
    return s.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]")));
}

QStringList englishLeft(QWidget* root)
{
    QStringList out;
    for (const QString& t : visibleTexts(root)) {
        if (withoutAllowedEnglish(t).contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}"))))
            out << t;
    }
    // The script's comments follow the language too (the shebang and lint line are code).
    for (auto* preview : root->findChildren<CommandPreview*>()) {
        if (!preview->isVisible())
            continue;
        for (const QString& line : preview->toPlainText().split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1Char('#')) && !line.startsWith(QLatin1String("#!")) &&
                !line.contains(QLatin1String("shellcheck")) && !hasHangul(line))
                out << line;
        }
    }
    return out;
}

QStringList koreanLeft(QWidget* root)
{
    QStringList out;
    for (const QString& t : visibleTexts(root)) {
        if (hasHangul(QString(t).remove(QStringLiteral("한국어"))))
            out << t;
    }
    return out;
}

void choose(QComboBox* box, const QString& lang)
{
    const int i = box->findData(lang);
    QVERIFY(i >= 0);
    box->setCurrentIndex(i);
    emit box->activated(i);
    QCoreApplication::processEvents();
}

} // namespace

class LanguageTest : public QObject
{
    Q_OBJECT
private slots:
    void switchMidFlow();
    void choiceIsRemembered();
};

void LanguageTest::switchMidFlow()
{
    Wizard w(fixedSettings(), QStringLiteral("en"));
    MainWindow& win = *w.window;
    // Mid-flow: on the cluster page, with an edited value and an error showing.
    for (int i = 0; i < int(PageId::Cluster); ++i)
        QTest::mouseClick(win.nextButton(), Qt::LeftButton);
    QCOMPARE(win.currentPage(), PageId::Cluster);
    w.model.setValue(keys::UserMinCount, QStringLiteral("9"));
    QVERIFY(!win.nextButton()->isEnabled());
    QCOMPARE(koreanLeft(&win), QStringList());
    const QString englishNext = win.nextButton()->text();

    choose(win.languageBox(), QStringLiteral("ko"));
    QCOMPARE(w.languages.language(), QStringLiteral("ko"));
    QVERIFY(win.nextButton()->text() != englishNext);
    QVERIFY(hasHangul(win.nextButton()->text()));
    QVERIFY(!win.nextButton()->isEnabled()); // the state survives the switch
    QCOMPARE(win.currentPage(), PageId::Cluster);
    // Qt's own texts (the standard buttons of dialogs) come from qtbase_ko.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), QStringLiteral("확인"));
    QStringList left = englishLeft(&win);
    QVERIFY2(left.isEmpty(),
             qPrintable(QStringLiteral("on the cluster page:\n") + left.join('\n')));

    w.model.setValue(keys::UserMinCount, QStringLiteral("3"));
    for (int p = 0; p < PageCount; ++p) {
        win.showPage(PageId(p));
        QCoreApplication::processEvents();
        left = englishLeft(&win);
        QVERIFY2(left.isEmpty(), qPrintable(pageSlug(PageId(p)) + QStringLiteral(":\n") +
                                            left.join(QLatin1Char('\n'))));
    }

    choose(win.languageBox(), QStringLiteral("en"));
    for (int p = 0; p < PageCount; ++p) {
        win.showPage(PageId(p));
        QCoreApplication::processEvents();
        left = koreanLeft(&win);
        QVERIFY2(left.isEmpty(), qPrintable(pageSlug(PageId(p)) + QStringLiteral(":\n") +
                                            left.join(QLatin1Char('\n'))));
    }
}

void LanguageTest::choiceIsRemembered()
{
    {
        Wizard w(fixedSettings(), QStringLiteral("en"));
        choose(w.window->languageBox(), QStringLiteral("ko"));
    }
    // The next start follows the remembered choice, not the system locale.
    QCOMPARE(LanguageManager::initialLanguage(), QStringLiteral("ko"));
    {
        Wizard w(fixedSettings(), QStringLiteral("en"));
        choose(w.window->languageBox(), QStringLiteral("en"));
    }
    QCOMPARE(LanguageManager::initialLanguage(), QStringLiteral("en"));
}

QTEST_MAIN(LanguageTest)
#include "tst_language.moc"
