// The main window's menus and file actions (open, save, export, report, log folder).
#include "CostFigure.h"
#include "DeployPage.h"
#include "Deployment.h"
#include "DeploymentsDialog.h"
#include "DonePage.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ReviewPage.h"
#include "SettingErrorText.h"
#include "SettingsFormPage.h"
#include "SettingsModel.h"
#include "TimelineView.h"
#include "WelcomePage.h"
#include "settings/SettingsFile.h"
#include "util/AtomicFile.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QUrl>

namespace cnpg {

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSettingsDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_saveAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveSettingsDialog);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_exportAction = m_fileMenu->addAction(QString(), this, &MainWindow::exportScriptDialog);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fileMenu->addSeparator();
    m_deploymentsAction =
        m_fileMenu->addAction(QString(), this, &MainWindow::openDeploymentsDialog);
    m_deploymentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageActions = new QActionGroup(this);
    m_languageBox = new QComboBox(menuBar());
    m_languageBox->setObjectName(QStringLiteral("languageBox"));
    for (const QString& lang : LanguageManager::languages()) {
        // Each language in its own name, so that anyone finds theirs.
        QAction* a = m_languageMenu->addAction(LanguageManager::nativeName(lang));
        a->setCheckable(true);
        a->setData(lang);
        a->setChecked(lang == m_language.language());
        m_languageActions->addAction(a);
        connect(a, &QAction::triggered, this, [this, lang] { m_language.setLanguage(lang); });
        m_languageBox->addItem(LanguageManager::nativeName(lang), lang);
    }
    m_languageBox->setCurrentIndex(
        int(LanguageManager::languages().indexOf(m_language.language())));
    connect(m_languageBox, &QComboBox::activated, this, [this](int index) {
        m_language.setLanguage(m_languageBox->itemData(index).toString());
    });
    connect(&m_language, &LanguageManager::languageChanged, this, [this](const QString& lang) {
        for (QAction* a : m_languageActions->actions())
            a->setChecked(a->data().toString() == lang);
        const QSignalBlocker block(m_languageBox);
        m_languageBox->setCurrentIndex(int(LanguageManager::languages().indexOf(lang)));
    });
    menuBar()->setCornerWidget(m_languageBox, Qt::TopRightCorner);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        auto* box = new QMessageBox(
            QMessageBox::Information, tr("About"),
            tr("%1\nCreates the infrastructure of Microsoft's guide for a highly available "
               "PostgreSQL database on AKS with the CloudNativePG operator.")
                .arg(SettingsModel::generatorName()),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::retranslateMenus()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open settings…"));
    m_saveAction->setText(tr("&Save settings…"));
    m_exportAction->setText(tr("&Export script…"));
    m_deploymentsAction->setText(tr("&Deployments…"));
    m_quitAction->setText(tr("&Quit"));
    // The corner box names each language in itself, for whoever cannot read the current one.
    m_languageMenu->setTitle(tr("&Language"));
    m_languageBox->setAccessibleName(tr("Language"));
    m_languageBox->setToolTip(tr("Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About"));
}

void MainWindow::askPath(const QString& title, const QString& suggested, const QString& filter,
                         bool save, const std::function<void(const QString&)>& then)
{
    // open(), not exec(): the wizard keeps running (and a deployment keeps updating).
    auto* dialog = new QFileDialog(this, title, suggested, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, then);
    dialog->open();
}

void MainWindow::showProblems(const QString& title, const QStringList& lines)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, lines.join(QLatin1Char('\n')),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MainWindow::exportScriptTo(const QString& path, QString* error) const
{
    // The command line writes the script with these permissions too (rwxr-xr-x).
    return AtomicFile::write(path, m_settings.script().toUtf8(), error,
                             QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                 QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                 QFileDevice::ExeOther);
}

bool MainWindow::exportSettingsTo(const QString& path, QString* error) const
{
    return SettingsFile::save(path, m_settings.settings(), error);
}

bool MainWindow::exportReportTo(const QString& path, QString* error) const
{
    return AtomicFile::write(path, donePage()->reportHtml(m_language.language()).toUtf8(), error);
}

QStringList MainWindow::openSettingsFrom(const QString& path)
{
    const auto loaded = SettingsFile::load(path, Settings::withGeneratedIds());
    QStringList problems;
    for (const SettingError& e : loaded.errors)
        problems << SettingErrorText::withField(e);
    // A file that cannot be read at all leaves the current settings alone.
    const bool unreadable =
        std::any_of(loaded.errors.begin(), loaded.errors.end(), [](const SettingError& e) {
            return e.code == SettingErrorCode::FileUnreadable ||
                   e.code == SettingErrorCode::NotRegularFile ||
                   e.code == SettingErrorCode::FileTooLarge ||
                   e.code == SettingErrorCode::BrokenJson ||
                   e.code == SettingErrorCode::UnsupportedSchema;
        });
    if (!unreadable) {
        m_settings.replace(loaded.settings);
        if (m_current > PageId::Review)
            showPage(PageId::Review);
    }
    return problems;
}

void MainWindow::openSettingsDialog()
{
    if (m_deployment.isRunning())
        return;
    askPath(tr("Open settings"), QDir::homePath(), tr("Settings (*.json)"), false,
            [this](const QString& path) {
                const QStringList problems = openSettingsFrom(path);
                if (!problems.isEmpty())
                    showProblems(tr("Problems in %1").arg(path), problems);
            });
}

void MainWindow::saveSettingsDialog()
{
    const QString suggested = QDir::homePath() + QLatin1Char('/') +
                              m_settings.value(keys::ResourceGroup) + QStringLiteral(".json");
    askPath(tr("Save settings"), suggested, tr("Settings (*.json)"), true,
            [this](const QString& path) {
                QString error;
                if (!exportSettingsTo(path, &error))
                    showProblems(tr("Cannot save"), {tr("Cannot write %1: %2").arg(path, error)});
            });
}

void MainWindow::exportScriptDialog()
{
    if (!m_settings.settings().isValid()) {
        QStringList problems;
        for (const SettingError& e : m_settings.settings().validate())
            problems << SettingErrorText::withField(e);
        showProblems(tr("The settings are not valid"), problems);
        return;
    }
    const QString suggested = QDir::homePath() + QStringLiteral("/deploy-") +
                              m_settings.value(keys::ResourceGroup) + QStringLiteral(".sh");
    askPath(tr("Export script"), suggested, tr("Bash scripts (*.sh)"), true,
            [this](const QString& path) {
                QString error;
                if (!exportScriptTo(path, &error))
                    showProblems(tr("Cannot export"), {tr("Cannot write %1: %2").arg(path, error)});
            });
}

void MainWindow::exportReportDialog()
{
    const QString suggested = QDir::homePath() + QStringLiteral("/report-") +
                              m_settings.value(keys::ResourceGroup) + QStringLiteral(".html");
    askPath(tr("Export run report"), suggested, tr("HTML (*.html *.htm)"), true,
            [this](const QString& path) {
                QString error;
                if (!exportReportTo(path, &error))
                    showProblems(tr("Cannot export"), {tr("Cannot write %1: %2").arg(path, error)});
            });
}

void MainWindow::exportTimelineDialog(bool svg)
{
    const QString suggested = QDir::homePath() + QStringLiteral("/timeline-") +
                              m_settings.value(keys::ResourceGroup) +
                              (svg ? QStringLiteral(".svg") : QStringLiteral(".png"));
    askPath(tr("Export the timeline"), suggested,
            svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"), true,
            [this, svg](const QString& path) {
                const TimelineView* view = deployPage()->timeline();
                QString error;
                if (!(svg ? view->saveSvg(path, &error) : view->savePng(path, &error)))
                    showProblems(tr("Cannot export"), {tr("Cannot write %1: %2").arg(path, error)});
            });
}

void MainWindow::openLogFolder()
{
    const QString dir = m_deployment.logDirectory();
    QDir().mkpath(dir);
    QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
}

DeploymentsDialog* MainWindow::openDeployments()
{
    const RunService::Mode mode = m_simulate ? RunService::Mode::Simulate : RunService::Mode::Azure;
    auto* dialog = new DeploymentsDialog(m_deployment.service().context(), mode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeploymentsDialog::resumeRequested, this, [this](const Settings& settings) {
        if (m_deployment.isRunning()) {
            showProblems(tr("Deployments"),
                         {tr("A deployment is running: cancel it or let it finish first.")});
            return;
        }
        m_settings.replace(settings);
        welcomePage()->offerResume(QString());
        showPage(PageId::Deploy);
        // The page starts a run only when it has none of these settings; asked to resume, a
        // run cancelled or failed in this session continues too.
        if (!m_deployment.isRunning())
            deployPage()->start(true);
    });
    // A run that ends shows in the list at once.
    connect(&m_deployment, &Deployment::finished, dialog, &DeploymentsDialog::refresh);
    dialog->open();
    return dialog;
}

void MainWindow::openDeploymentsDialog()
{
    openDeployments();
}

void MainWindow::setCostModel(CostModel* model)
{
    reviewPage()->setCostModel(model);
    donePage()->setCostModel(model);
    if (SettingsFormPage* cluster = settingsPage(PageId::Cluster))
        cluster->addFooter(new CostFigure(*model, cluster));
}

} // namespace cnpg
