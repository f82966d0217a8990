// The run report as one HTML file: a simulated deployment to success, its report exported in
// English and in Korean and read back with an XML reader. Nothing in it is fetched from
// anywhere; every step the run executed is there with its id, its command with this run's values
// and its outcome; the outputs, the timeline picture, the estimate as a table and the findings
// are there; the Korean report has Korean headings; the database's password is nowhere. Then
// Chromium renders it, where there is one.
#include "CostModel.h"
#include "DonePage.h"
#include "GuiTestUtil.h"
#include "StepText.h"
#include "cost/CostService.h"
#include "export/ScriptWriter.h"
#include "plan/PlanBuilder.h"
#include "preflight/ReadinessText.h"
#include "run/DatabaseAccess.h"
#include "run/StepListModel.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUrl>
#include <QXmlStreamReader>
#include <memory>
#include <spdlog/spdlog.h>

using namespace cnpg;
using namespace cnpg::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// What the tests read back from a report.
struct Report
{
    QByteArray bytes;
    QString error; // the XML reader's, at its line and column
    QString lang;
    QStringList headings;              // h1 and h2, in order
    QHash<QString, QString> stepText;  // step id -> the text of its rows
    QHash<QString, QString> stepClass; // step id -> its rows' class
    QStringList stepOrder;             // step ids, in the report's order
    QStringList resources;             // every src, href and xlink:href
    QSet<QString> classes;             // every class attribute
    QString text;                      // all character data
    bool svgInFigure = false;
};

Report parse(const QByteArray& bytes)
{
    Report r;
    r.bytes = bytes;
    QXmlStreamReader xml(bytes);
    QStringList stack;
    QString heading;
    QString step;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const QXmlStreamAttributes a = xml.attributes();
            if (name == QLatin1String("html"))
                r.lang = a.value(s("lang")).toString();
            if (name == QLatin1String("svg") && stack.contains(s("figure")))
                r.svgInFigure = true;
            for (const QXmlStreamAttribute& attr : a) {
                if (attr.name() == QLatin1String("src") || attr.name() == QLatin1String("href"))
                    r.resources << attr.value().toString();
            }
            if (a.hasAttribute(s("class")))
                r.classes.insert(a.value(s("class")).toString());
            const QString id = a.value(s("id")).toString();
            if (name == QLatin1String("tbody") && id.startsWith(QLatin1String("step-"))) {
                step = id.mid(5);
                r.stepOrder << step;
                r.stepClass.insert(step, a.value(s("class")).toString());
            }
            if (name == QLatin1String("h1") || name == QLatin1String("h2"))
                heading = QString();
            stack << name;
        } else if (xml.isEndElement()) {
            const QString name = stack.takeLast();
            if (name == QLatin1String("h1") || name == QLatin1String("h2"))
                r.headings << heading;
            if (name == QLatin1String("tbody"))
                step.clear();
        } else if (xml.isCharacters()) {
            r.text += xml.text();
            if (!stack.isEmpty() &&
                (stack.last() == QLatin1String("h1") || stack.last() == QLatin1String("h2")))
                heading += xml.text();
            if (!step.isEmpty())
                r.stepText[step] += xml.text();
        }
    }
    if (xml.hasError())
        r.error =
            s("%1 at %2:%3").arg(xml.errorString()).arg(xml.lineNumber()).arg(xml.columnNumber());
    return r;
}

// A command as one line: the script's continuations (" \\" and a newline) taken out.
QString oneLine(const QString& text)
{
    return QString(text).replace(QRegularExpression(s("\\s*\\\\\n\\s*")), s(" "));
}

bool hasHangul(const QString& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

} // namespace

class RunReportTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wellFormedAndSelfContained();
    void everyStepWithItsCommandAndOutcome();
    void outputsTimelineEstimateAndFindings();
    void koreanHasKoreanHeadings();
    void neverThePassword();
    void aFailedStepWithItsErrorAndWhatToDo();
    void rendersInChromium();
    void cleanupTestCase();

private:
    Report exportReport(const QString& name);

    QTemporaryDir m_out;
    std::unique_ptr<Wizard> m_wizard;
    std::unique_ptr<CostService> m_prices;
    std::unique_ptr<CostModel> m_cost;
    Finding m_finding;
    Report m_en;
    Report m_ko;
};

void RunReportTest::initTestCase()
{
    spdlog::set_level(spdlog::level::warn);
    // CNPG_TEST_KEEP=1 keeps the reports and the screenshot to look at.
    if (qEnvironmentVariableIsSet("CNPG_TEST_KEEP")) {
        m_out.setAutoRemove(false);
        qInfo("reports in %s", qPrintable(m_out.path()));
    }
    m_wizard =
        std::make_unique<Wizard>(fixedSettings(), s("en"), RunSetup{true, QString(), s("0.002")});
    CostService::Options offline;
    offline.online = false; // the shipped price table
    m_prices = std::make_unique<CostService>(nullptr, offline);
    m_cost = std::make_unique<CostModel>(m_wizard->model, *m_prices);
    m_wizard->window->setCostModel(m_cost.get());
    QTRY_VERIFY(m_cost->estimate().source == PriceTable::Source::Shipped);

    DonePage* done = m_wizard->window->donePage();
    m_finding.check = CheckId::Providers;
    m_finding.verdict = Verdict::Warning;
    m_finding.code = finding::ProvidersRegistering;
    m_finding.items = {s("Microsoft.Dashboard")};
    done->setReadinessFindings({m_finding});

    Deployment& d = m_wizard->deployment;
    QSignalSpy finished(&d, &Deployment::finished);
    QVERIFY(d.start(m_wizard->model.settings(), false).ok());
    QVERIFY(finished.wait(180000 * CNPG_TEST_TIMEOUT_FACTOR));
    QCOMPARE(d.outcome(), Executor::Outcome::Succeeded);
    m_wizard->window->showPage(PageId::Done);

    m_en = exportReport(s("report-en.html"));
    m_wizard->languages.setLanguage(s("ko"), false);
    m_ko = exportReport(s("report-ko.html"));
    m_wizard->languages.setLanguage(s("en"), false);
}

Report RunReportTest::exportReport(const QString& name)
{
    const QString path = m_out.filePath(name);
    QString error;
    if (!m_wizard->window->exportReportTo(path, &error))
        qWarning("cannot write the report: %s", qPrintable(error));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Report{};
    return parse(f.readAll());
}

void RunReportTest::wellFormedAndSelfContained()
{
    for (const Report* r : {&m_en, &m_ko}) {
        QVERIFY(!r->bytes.isEmpty());
        QVERIFY2(r->error.isEmpty(), qPrintable(r->error));
        QVERIFY(r->bytes.startsWith("<!DOCTYPE html>\n"));
        QVERIFY(r->bytes.contains("<meta charset=\"utf-8\"/>"));
        QVERIFY(r->bytes.contains("<style>"));
        // Nothing to fetch: no resource from anywhere, no script, no style sheet or font from
        // a server.
        for (const QString& res : r->resources)
            QVERIFY2(res.startsWith(QLatin1Char('#')), qPrintable(res));
        const QString text = QString::fromUtf8(r->bytes);
        for (const char* banned : {"<script", "<link", "<iframe", "<img", "@import", "@font-face"})
            QVERIFY2(!text.contains(QLatin1String(banned), Qt::CaseInsensitive), banned);
        const QRegularExpression remote(
            s("(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//|url\\(\\s*[\"']?\\s*(https?:)?//"),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!remote.match(text).hasMatch(), qPrintable(remote.match(text).captured(0)));
    }
    QCOMPARE(m_en.lang, s("en"));
    QCOMPARE(m_ko.lang, s("ko"));
}

void RunReportTest::everyStepWithItsCommandAndOutcome()
{
    const Deployment& d = m_wizard->deployment;
    const Settings& settings = d.settings();
    const QString rg = settings.value(keys::ResourceGroup);
    const QHash<QString, QString> values = d.values();
    const QHash<QString, QStringList> lists = PlanBuilder::listValues(settings);
    QStringList executed;
    for (const Step& step : d.executor()->plan().steps()) {
        const StepStatus st = d.model()->stepStatus(step.id);
        if (st.state == StepState::Pending) {
            QVERIFY2(step.conditional, qPrintable(step.id)); // a successful run ran every other
            continue;
        }
        executed << step.id;
        const QString row = m_en.stepText.value(step.id);
        QVERIFY2(!row.isEmpty(), qPrintable(step.id));
        QVERIFY2(row.contains(step.id), qPrintable(step.id));
        QVERIFY2(row.contains(StepText::stateText(st.state)), qPrintable(row));
        QCOMPARE(m_en.stepClass.value(step.id),
                 s("step state-") + stepStateName(st.state).toLower());
        if (step.type == steptype::Krew) {
            QVERIFY2(row.contains(values.value(keys::KrewVersion)), qPrintable(row));
            continue;
        }
        const QString command = ScriptWriter::expandedCommandText(step, values, lists);
        QVERIFY2(row.contains(command), qPrintable(step.id + s(": ") + row));
        QVERIFY2(!command.contains(s("\"${")), qPrintable(command)); // values, not references
    }
    QCOMPARE(m_en.stepOrder, executed);
    QVERIFY(executed.size() > 30);
    // The cluster's creation, as its line in the exported script reads with these values.
    const QString aks = oneLine(m_en.stepText.value(s("aks.create")));
    QVERIFY2(aks.contains(s("az aks create")), qPrintable(aks));
    QVERIFY2(aks.contains(s("--resource-group ") + rg), qPrintable(aks));
    QVERIFY2(aks.contains(s("--name ") + settings.value(keys::ClusterName)), qPrintable(aks));
    QVERIFY(oneLine(m_en.stepText.value(s("group.create")))
                .contains(s("az group create --name ") + rg));
    // A manifest on standard input and the generated password say so.
    QVERIFY(m_en.stepText.value(s("pg.cluster")).contains(s("heredoc")));
    QVERIFY(m_en.stepText.value(s("k8s.secret.app")).contains(s("standard input")));
}

void RunReportTest::outputsTimelineEstimateAndFindings()
{
    const DonePage* done = m_wizard->window->donePage();
    for (const QString& key : done->outputKeys()) {
        QVERIFY2(!done->output(key).isEmpty(), qPrintable(key));
        QVERIFY2(m_en.text.contains(done->output(key)), qPrintable(key));
    }
    QVERIFY(m_en.headings.contains(s("Outputs")));
    QVERIFY(m_en.headings.contains(s("Connect to the database")));
    const DatabaseAccess::Endpoint e = DatabaseAccess::endpoint(m_wizard->deployment.values());
    QVERIFY(m_en.text.contains(s("host=%1 port=5433 dbname=appdb user=app").arg(e.host)));

    // The Deploy page's timeline inline, in a figure, without the document's XML declaration:
    // its title, its totals and a bar's step, in the report's language.
    QVERIFY(m_en.svgInFigure);
    QVERIFY(m_en.headings.contains(s("Timeline")));
    QVERIFY(m_en.text.contains(s("Timeline of the deployment")));
    QVERIFY(m_en.text.contains(s("Critical path:")));
    QVERIFY(m_en.text.contains(s("Create the AKS cluster")));
    QVERIFY(m_ko.svgInFigure);
    QVERIFY(m_ko.text.contains(s("배포 타임라인")));
    QVERIFY(m_ko.text.contains(s("임계 경로")));
    QVERIFY(m_ko.text.contains(s("AKS 클러스터 만들기")));
    QVERIFY(!m_en.bytes.contains("<?xml"));
    QCOMPARE(m_en.bytes.count("<!DOCTYPE"), 1);

    // The estimate as an HTML table, the findings as the command line words them.
    QVERIFY(m_en.classes.contains(s("cost")));
    QVERIFY(m_en.text.contains(s("Standard Uptime SLA")));
    QVERIFY(!m_en.text.contains(s("|---")));
    QVERIFY(m_en.headings.contains(s("Readiness checks")));
    QVERIFY(m_en.text.contains(ReadinessText::line(m_finding).section(QLatin1Char('\n'), 0, 0)));

    // Sections in their order.
    const QStringList order = {
        s("Timeline"),         s("Steps"),          s("Outputs"), s("Connect to the database"),
        s("Readiness checks"), s("Estimated cost"), s("Settings")};
    QCOMPARE(m_en.headings.mid(1), order);
    for (const FieldSpec& f : SettingsSchema::fields())
        QVERIFY2(m_en.text.contains(f.key), qPrintable(f.key));
}

void RunReportTest::koreanHasKoreanHeadings()
{
    QCOMPARE(m_ko.headings.size(), m_en.headings.size());
    for (const QString& h : m_ko.headings)
        QVERIFY2(hasHangul(h), qPrintable(h));
    QCOMPARE(m_ko.stepOrder, m_en.stepOrder);
    // The step's title and outcome in Korean too.
    QVERIFY(hasHangul(m_ko.stepText.value(s("aks.create"))));
}

void RunReportTest::neverThePassword()
{
    // The password the simulated cluster holds, read as the Done page reads it.
    std::unique_ptr<DatabaseAccess> access(
        m_wizard->deployment.service().createDatabaseAccess(nullptr));
    QSignalSpy read(access.get(), &DatabaseAccess::passwordRead);
    access->readPassword();
    QVERIFY(read.wait(30000 * CNPG_TEST_TIMEOUT_FACTOR));
    const QByteArray password = read.first().first().toString().toUtf8();
    QVERIFY(password.size() >= 16);
    for (const Report* r : {&m_en, &m_ko}) {
        QVERIFY(!r->bytes.contains(password));
        QVERIFY(!r->bytes.contains(password.toBase64()));
    }
}

// A run that fails: the failed step with the tool's error and the plan's advice, the remedy
// branch that ran, the run's outcome.
void RunReportTest::aFailedStepWithItsErrorAndWhatToDo()
{
    QTemporaryDir data;
    qputenv("CNPG_SIM_FAULTS", "grafana dashboard import=Error:Access denied (403)*always;"
                               "storage container create=NetworkRules*1");
    Wizard w(fixedSettings(), s("en"), RunSetup{true, data.path(), s("0.002")});
    QSignalSpy finished(&w.deployment, &Deployment::finished);
    QVERIFY(w.deployment.start(w.model.settings(), false).ok());
    const bool ended = finished.wait(180000 * CNPG_TEST_TIMEOUT_FACTOR);
    qunsetenv("CNPG_SIM_FAULTS");
    QVERIFY(ended);
    QCOMPARE(w.deployment.outcome(), Executor::Outcome::Failed);
    const QString path = m_out.filePath(s("report-failed.html"));
    QVERIFY(w.window->exportReportTo(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Report r = parse(f.readAll());
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QVERIFY(r.bytes.contains("<span class=\"badge state-failed\">Failed</span>"));
    const QString id = s("grafana.dashboard");
    QCOMPARE(r.stepClass.value(id), s("step state-failed"));
    QVERIFY2(r.stepText.value(id).contains(s("Access denied (403)")),
             qPrintable(r.stepText.value(id)));
    const Step* step = w.deployment.executor()->plan().find(id);
    QVERIFY(step && !step->remedyText.isEmpty());
    QVERIFY(r.stepText.value(id).contains(step->remedyText.left(40)));
    // The guide's remedy ran for the container: its steps are in the report.
    for (const char* remedy : {"storage.remedy.user", "storage.remedy.assign"})
        QCOMPARE(r.stepClass.value(QLatin1String(remedy)), s("step state-succeeded"));
}

void RunReportTest::rendersInChromium()
{
    const QString chromium = QStandardPaths::findExecutable(s("chromium"));
    if (chromium.isEmpty())
        QSKIP("no chromium on PATH");
    QTemporaryDir profile;
    const QString png = m_out.filePath(s("report-ko.png"));
    QProcess browser;
    browser.start(chromium,
                  {s("--headless"), s("--no-sandbox"), s("--disable-gpu"), s("--hide-scrollbars"),
                   // Containers often give /dev/shm a few megabytes only.
                   s("--disable-dev-shm-usage"), s("--no-first-run"), s("--window-size=1200,3000"),
                   s("--user-data-dir=") + profile.path(), s("--screenshot=") + png,
                   QUrl::fromLocalFile(m_out.filePath(s("report-ko.html"))).toString()});
    QVERIFY(browser.waitForFinished(120000 * CNPG_TEST_TIMEOUT_FACTOR));
    QVERIFY2(QFile::exists(png), browser.readAllStandardError().constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 1200);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
}

void RunReportTest::cleanupTestCase()
{
    m_wizard->window.reset(); // before the cost model it points at
    m_wizard.reset();
}

QTEST_MAIN(RunReportTest)
#include "tst_runreport.moc"
