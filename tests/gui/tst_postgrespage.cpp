// The PostgreSQL cluster page: its fields, and the manifests beside them, which are the exported
// script's heredocs for the same settings and give way to a message while a value is invalid.
#include "CommandPreview.h"
#include "FieldEditor.h"
#include "FieldText.h"
#include "GuiTestUtil.h"
#include "ManifestTabs.h"
#include "SettingErrorText.h"
#include "SettingsFormPage.h"
#include "plan/ClusterManifest.h"

#include <QFile>
#include <QLineEdit>
#include <QRegularExpression>

using namespace cnpg;
using namespace cnpg::test;

namespace {

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QLineEdit* lineEdit(SettingsFormPage* page, const QString& key)
{
    FieldEditor* e = page->editor(key);
    return e ? qobject_cast<QLineEdit*>(e->editor()) : nullptr;
}

// The exported script, written the way File > Export writes it.
QString exportedScript(const MainWindow& win)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deploy.sh"));
    QString error;
    if (!win.exportScriptTo(path, &error))
        qWarning("export failed: %s", qPrintable(error));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

// The body of the first heredoc after the step's announcement (`say '... [id]'`), without its
// delimiter line; empty when there is none.
QString heredocOf(const QString& script, const QString& stepId)
{
    const qsizetype step = script.indexOf(QLatin1Char('[') + stepId + QStringLiteral("]'\n"));
    if (step < 0)
        return QString();
    static const QRegularExpression start(QStringLiteral("<<'?([A-Z_0-9]+)'?\\n"));
    const auto m = start.match(script, step);
    if (!m.hasMatch())
        return QString();
    const qsizetype body = m.capturedEnd();
    const qsizetype end =
        script.indexOf(QLatin1Char('\n') + m.captured(1) + QLatin1Char('\n'), body - 1);
    return end < 0 ? QString() : script.mid(body, end + 1 - body);
}

} // namespace

class PostgresPageTest : public QObject
{
    Q_OBJECT
private slots:
    void fieldsMovedHere();
    void manifestIsTheExportedHeredoc();
    void invalidStorageSizeBlocksTheManifest_data();
    void invalidStorageSizeBlocksTheManifest();
    void invalidScheduleBlocksOnlyTheScheduledBackup();
};

void PostgresPageTest::fieldsMovedHere()
{
    Wizard w;
    MainWindow& win = *w.window;
    SettingsFormPage* pg = win.settingsPage(PageId::Postgres);
    QVERIFY(pg);
    QVERIFY(pg->manifests());
    const QStringList expected = {
        keys::PgInstances, keys::PgImage,  keys::PgStorageSize,     keys::PgStorageClass,
        keys::PgCpu,       keys::PgMemory, keys::PgBackupRetention, keys::PgBackupSchedule};
    QCOMPARE(pg->keys(), expected);
    const QStringList operatorKeys = win.settingsPage(PageId::Operator)->keys();
    for (const QString& key : expected)
        QVERIFY2(!operatorKeys.contains(key), qPrintable(key));
    // After the operator, before the review.
    QVERIFY(int(PageId::Operator) + 1 == int(PageId::Postgres));
    QVERIFY(int(PageId::Postgres) + 1 == int(PageId::Review));
    QVERIFY(!win.settingsPage(PageId::Operator)->manifests());
}

void PostgresPageTest::manifestIsTheExportedHeredoc()
{
    Wizard w;
    MainWindow& win = *w.window;
    win.showPage(PageId::Postgres);
    SettingsFormPage* pg = win.settingsPage(PageId::Postgres);
    ManifestTabs* tabs = pg->manifests();
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(tabs->cluster()));

    // Typed values reach the manifest at once, and it stays the script's text.
    retype(lineEdit(pg, keys::PgStorageSize), QStringLiteral("128Gi"));
    retype(lineEdit(pg, keys::PgMemory), QStringLiteral("16Gi"));
    retype(lineEdit(pg, keys::PgBackupSchedule), QStringLiteral("0 30 2 * * *"));
    const QString cluster = tabs->cluster()->manifest();
    QVERIFY(cluster.contains(QStringLiteral("size: 128Gi\n")));
    QVERIFY(cluster.contains(QStringLiteral("memory: 16Gi\n")));
    QVERIFY(cluster.contains(QStringLiteral("${AKS_UAMI_WORKLOAD_CLIENTID}")));
    QVERIFY(tabs->cluster()->blockedText().isEmpty());

    const QString script = exportedScript(win);
    QVERIFY(!script.isEmpty());
    QCOMPARE(cluster, heredocOf(script, QStringLiteral("pg.cluster")));
    // And ClusterManifest's own output, which has nothing for bash to escape.
    QCOMPARE(cluster, QString::fromUtf8(ClusterManifest::build(w.model.settings())));

    const QString backup = tabs->scheduledBackup()->manifest();
    QVERIFY(backup.contains(QStringLiteral("kind: ScheduledBackup\n")));
    QVERIFY(backup.contains(QStringLiteral("schedule: \"0 30 2 * * *\"\n")));
    QCOMPARE(backup, heredocOf(script, QStringLiteral("pg.backup.schedule")));
}

void PostgresPageTest::invalidStorageSizeBlocksTheManifest_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ko") << QStringLiteral("ko");
}

void PostgresPageTest::invalidStorageSizeBlocksTheManifest()
{
    QFETCH(QString, lang);
    Wizard w(fixedSettings(), lang);
    MainWindow& win = *w.window;
    win.showPage(PageId::Postgres);
    SettingsFormPage* pg = win.settingsPage(PageId::Postgres);
    ManifestView* cluster = pg->manifests()->cluster();
    const QString before = cluster->manifest();
    QVERIFY(!before.isEmpty());

    // 64 bytes: a field error, no manifest at all, and a line that names the field.
    retype(lineEdit(pg, keys::PgStorageSize), QStringLiteral("64"));
    QVERIFY(!win.nextButton()->isEnabled());
    QVERIFY(cluster->manifest().isEmpty());
    QVERIFY(cluster->view()->toPlainText().isEmpty());
    const SettingErrors errors = w.model.settings().validateField(keys::PgStorageSize);
    QVERIFY(!errors.isEmpty());
    const QString message = cluster->blockedText();
    QVERIFY2(message.contains(FieldText::label(keys::PgStorageSize)), qPrintable(message));
    QVERIFY2(message.contains(SettingErrorText::message(errors.first())), qPrintable(message));
    QVERIFY(cluster->findChild<QLabel*>(QStringLiteral("manifestBlocked"))->isVisible());
    if (lang == QLatin1String("ko"))
        QVERIFY2(message.contains(QRegularExpression(QStringLiteral("[가-힣]"))),
                 qPrintable(message));
    // The ScheduledBackup does not depend on it.
    QVERIFY(!pg->manifests()->scheduledBackup()->manifest().isEmpty());

    // Fixed: the manifest is back, the script's again, and the message is gone.
    retype(lineEdit(pg, keys::PgStorageSize), QStringLiteral("64Gi"));
    QVERIFY(win.nextButton()->isEnabled());
    QCOMPARE(cluster->manifest(), before);
    QVERIFY(cluster->blockedText().isEmpty());
    QVERIFY(!cluster->findChild<QLabel*>(QStringLiteral("manifestBlocked"))->isVisible());
    QCOMPARE(cluster->manifest(), heredocOf(exportedScript(win), QStringLiteral("pg.cluster")));
}

void PostgresPageTest::invalidScheduleBlocksOnlyTheScheduledBackup()
{
    Wizard w;
    MainWindow& win = *w.window;
    win.showPage(PageId::Postgres);
    SettingsFormPage* pg = win.settingsPage(PageId::Postgres);
    ManifestTabs* tabs = pg->manifests();
    // A Kubernetes CronJob's five fields: CloudNativePG would read them shifted.
    retype(lineEdit(pg, keys::PgBackupSchedule), QStringLiteral("15 * * * *"));
    QVERIFY(tabs->scheduledBackup()->manifest().isEmpty());
    QVERIFY(
        tabs->scheduledBackup()->blockedText().contains(FieldText::label(keys::PgBackupSchedule)));
    QVERIFY(!tabs->cluster()->manifest().isEmpty());
    QVERIFY(tabs->cluster()->blockedText().isEmpty());
}

QTEST_MAIN(PostgresPageTest)
#include "tst_postgrespage.moc"
