#pragma once

#include "WizardPage.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace cnpg {

class CostModel;
class DeployPage;
class DeploymentsDialog;
class Deployment;
class DonePage;
class LanguageManager;
class ReviewPage;
class SettingsFormPage;
class SettingsModel;
class WelcomePage;

// The wizard: a sidebar with every stage and its state, the pages, Back and Next, the File
// menu and the language switch. Dependencies come in through the constructor.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        bool simulate = true;
        // Real Azure needs the Azure CLI; without it the wizard only simulates.
        bool realAzureAvailable = false;
        // MY_PUBLIC_CLIENT_IP while simulating, when none is set (a documentation address);
        // cleared again when the user switches to real Azure.
        QString simulatedClientIp;
    };

    MainWindow(SettingsModel& settings, LanguageManager& language, Deployment& deployment,
               const Options& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    WizardPage* page(PageId id) const { return m_pages.value(int(id)); }
    WelcomePage* welcomePage() const;
    SettingsFormPage* settingsPage(PageId id) const;
    ReviewPage* reviewPage() const;
    DeployPage* deployPage() const;
    DonePage* donePage() const;

    PageId currentPage() const { return m_current; }
    // Shows a page without the checks of Next (the screenshots use it).
    void showPage(PageId id);
    bool canShow(PageId id) const;

    QPushButton* nextButton() const { return m_next; }
    QPushButton* backButton() const { return m_back; }
    QListWidget* sidebar() const { return m_sidebar; }
    QLabel* simulationBanner() const { return m_banner; }
    QComboBox* languageBox() const { return m_languageBox; }

    bool simulate() const { return m_simulate; }
    void setSimulate(bool simulate);

    // The File menu's actions without their dialogs; the same bytes as the command line's
    // --export-script and --export-settings.
    bool exportScriptTo(const QString& path, QString* error = nullptr) const;
    bool exportSettingsTo(const QString& path, QString* error = nullptr) const;
    bool exportReportTo(const QString& path, QString* error = nullptr) const;
    // File > Deployments: the deployments of this machine, to resume, export, check or tear
    // down (opened without waiting; also returned for tests).
    DeploymentsDialog* openDeployments();
    // The cost estimate on the Review page, the cluster page and in the run report.
    void setCostModel(CostModel* model);
    // Applies every well-typed value of the file; returns its problems as translated lines.
    QStringList openSettingsFrom(const QString& path);

public slots:
    void goNext();
    void goBack();

signals:
    // The Settings page's Detect button (wired by the preflight checks).
    void detectClientIpRequested();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // MainWindow.cpp
    void buildPages();
    void buildSidebar();
    void retranslate();
    void refreshNavigation();
    void refreshSidebar();
    void onSidebarRow(int row);
    // MainWindowActions.cpp
    void buildMenus();
    void retranslateMenus();
    void askPath(const QString& title, const QString& suggested, const QString& filter, bool save,
                 const std::function<void(const QString&)>& then);
    void showProblems(const QString& title, const QStringList& lines);
    void openSettingsDialog();
    void saveSettingsDialog();
    void exportScriptDialog();
    void exportReportDialog();
    void exportTimelineDialog(bool svg);
    void openDeploymentsDialog();
    void openLogFolder();

    SettingsModel& m_settings;
    LanguageManager& m_language;
    Deployment& m_deployment;
    Options m_options;
    bool m_simulate;
    QList<WizardPage*> m_pages;
    QList<bool> m_visited;
    PageId m_current = PageId::Welcome;
    QLabel* m_banner = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QComboBox* m_languageBox = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_deploymentsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QActionGroup* m_languageActions = nullptr;
    bool m_quitWhenStopped = false;
};

} // namespace cnpg
