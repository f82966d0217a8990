// The Review page's Export script and Export settings buttons (and the File menu) write files
// identical to `cnpg-aks-wizard --export-script/--export-settings` with the same settings, in
// either language (the script's comments follow the UI language in both).
#include "CommandPreview.h"
#include "GuiTestUtil.h"
#include "ReviewPage.h"

#include <QFileDialog>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace cnpg;
using namespace cnpg::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Clicks, then answers the (non-blocking) file dialog the click opened.
bool saveThrough(QWidget* window, const std::function<void()>& click, const QString& path)
{
    click();
    QCoreApplication::processEvents();
    auto* dialog = window->findChild<QFileDialog*>();
    if (!dialog || !dialog->isVisible()) {
        return false;
    }
    // The file name goes into the dialog's own name field, as a user would type it.
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    if (!name)
        return false;
    dialog->setDirectory(QFileInfo(path).absolutePath());
    name->setText(QFileInfo(path).fileName());
    QMetaObject::invokeMethod(dialog, "accept"); // a slot, protected in QFileDialog
    QCoreApplication::processEvents();
    return QFile::exists(path);
}

} // namespace

class ExportButtonsTest : public QObject
{
    Q_OBJECT
private slots:
    void sameAsCommandLine_data();
    void sameAsCommandLine();
};

void ExportButtonsTest::sameAsCommandLine_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ko") << QStringLiteral("ko");
}

void ExportButtonsTest::sameAsCommandLine()
{
    QFETCH(QString, lang);
    Settings s = fixedSettings();
    s.setValue(keys::LocalName, QStringLiteral("demo"));
    s.setValue(keys::Tags, QStringLiteral("owner=me team=db"));
    s.setValue(keys::UserMaxCount, QStringLiteral("9"));
    Wizard w(s, lang);
    MainWindow& win = *w.window;
    win.showPage(PageId::Review);
    ReviewPage* review = win.reviewPage();
    QVERIFY(review->exportScriptButton()->isEnabled());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString guiJson = dir.filePath(QStringLiteral("gui.json"));
    const QString guiScript = dir.filePath(QStringLiteral("gui.sh"));
    QVERIFY(saveThrough(
        &win, [&] { QTest::mouseClick(review->exportSettingsButton(), Qt::LeftButton); }, guiJson));
    QVERIFY(saveThrough(
        &win, [&] { QTest::mouseClick(review->exportScriptButton(), Qt::LeftButton); }, guiScript));
    // The File menu's action writes the same script.
    const QString menuScript = dir.filePath(QStringLiteral("menu.sh"));
    QAction* exportAction = nullptr;
    for (QAction* a : win.findChildren<QAction*>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
            exportAction = a;
    }
    QVERIFY(exportAction);
    QVERIFY(saveThrough(
        &win, [&] { exportAction->trigger(); }, menuScript));

    // The command line, with the settings the wizard saved.
    const QString cliJson = dir.filePath(QStringLiteral("cli.json"));
    const QString cliScript = dir.filePath(QStringLiteral("cli.sh"));
    QProcess cli;
    cli.start(QStringLiteral(CNPG_BIN_DIR "/cnpg-aks-wizard"),
              {QStringLiteral("--language"), lang, QStringLiteral("--settings"), guiJson,
               QStringLiteral("--export-script"), cliScript, QStringLiteral("--export-settings"),
               cliJson});
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    const QByteArray script = readAll(guiScript);
    QVERIFY(script.contains("LOCAL_NAME='demo'"));
    QVERIFY(script.contains("TAGS=('owner=me' 'team=db')"));
    QCOMPARE(script, readAll(cliScript));
    QCOMPARE(readAll(menuScript), script);
    QCOMPARE(readAll(guiJson), readAll(cliJson));
    QCOMPARE(QFile::permissions(guiScript), QFile::permissions(cliScript));
    QVERIFY(QFile::permissions(guiScript) & QFileDevice::ExeOwner);
    // The comments are in the UI language.
    const bool korean =
        QString::fromUtf8(script).contains(QRegularExpression(QStringLiteral("[가-힣]")));
    QCOMPARE(korean, lang == QLatin1String("ko"));
    // What the Review page previews is what was written.
    QCOMPARE(review->preview()->toPlainText().toUtf8(), script);
}

QTEST_MAIN(ExportButtonsTest)
#include "tst_exportbuttons.moc"
