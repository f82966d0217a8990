#pragma once
// Shared set-up for the wizard's tests: the objects main() would create, wired the same way.

#include "Deployment.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "SettingsModel.h"
#include "process/ProcessLauncher.h"
#include "run/RunService.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <memory>

namespace cnpg::test {

// The guide's defaults with fixed generated values, so that outputs can be compared.
inline Settings fixedSettings()
{
    Settings s = Settings::withGeneratedIds();
    s.setValue(keys::Suffix, QStringLiteral("abc12345"));
    s.setValue(keys::DnsPrefix, QStringLiteral("a0123456789"));
    s.setValue(keys::ClientIp, QStringLiteral("203.0.113.7"));
    return s;
}

// A simulated world of its own: the environment without the caller's simulator settings, HOME
// (where krew installs, the tools' working directory) under `home`, the simulator's time at
// `timeScale`, and no real PostgreSQL servers (nothing in these tests would stop them).
inline QProcessEnvironment worldEnvironment(const QString& home,
                                            const QString& timeScale = QStringLiteral("0.002"))
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& key : env.keys()) {
        if (key.startsWith(QLatin1String("CNPG_SIM_")) || key == QLatin1String("KREW_ROOT"))
            env.remove(key);
    }
    QDir().mkpath(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("CNPG_SIM_TIME_SCALE"), timeScale);
    env.insert(QStringLiteral("CNPG_SIM_POSTGRES"), QStringLiteral("off"));
    return env;
}

// A run service's context for a world of its own: journals in `dataDir`, the simulator of this
// build, HOME under `home` (worldEnvironment).
inline RunService::Context simulatedContext(ProcessLauncher& launcher, const QString& dataDir,
                                            const QString& home)
{
    RunService::Context c;
    c.launcher = &launcher;
    c.dataDir = dataDir;
    c.simProgram = QStringLiteral(CNPG_BIN_DIR "/cnpg-sim");
    c.baseEnvironment = worldEnvironment(home);
    return c;
}

// How a test's wizard runs deployments.
struct RunSetup
{
    bool simulate = true;
    QString dataDir;   // empty: the wizard's own temporary directory
    QString timeScale; // CNPG_SIM_TIME_SCALE for the tools; empty: the run service's
};

// The run service main() would create, with the test's data directory and time scale.
inline RunService::Context runContext(ProcessLauncher& launcher, const QString& dataDir,
                                      const QString& timeScale)
{
    RunService::Context c;
    c.launcher = &launcher;
    c.dataDir = dataDir;
    if (!timeScale.isEmpty())
        c.baseEnvironment.insert(QStringLiteral("CNPG_SIM_TIME_SCALE"), timeScale);
    return c;
}

struct Wizard
{
    QTemporaryDir data; // journals and the simulator's state of a run the test starts
    LanguageManager languages;
    SettingsModel model;
    QProcessLauncher launcher;
    RunService run;
    Deployment deployment;
    std::unique_ptr<MainWindow> window;

    explicit Wizard(const Settings& settings = fixedSettings(),
                    const QString& language = QStringLiteral("en"), RunSetup options = {})
        : model(settings)
        , run(runContext(launcher, options.dataDir.isEmpty() ? data.path() : options.dataDir,
                         options.timeScale))
        , deployment(run)
    {
        languages.setLanguage(language, false);
        deployment.setOptions({options.simulate, 8});
        MainWindow::Options o;
        o.simulate = options.simulate;
        o.realAzureAvailable = false;
        o.simulatedClientIp = QStringLiteral("203.0.113.10");
        window = std::make_unique<MainWindow>(model, languages, deployment, o);
        window->show();
        QCoreApplication::processEvents();
    }
    ~Wizard()
    {
        // A run the test left going is stopped first, so that no tool outlives the test.
        if (deployment.isRunning()) {
            deployment.cancel();
            if (!QTest::qWaitFor([this] { return !deployment.isRunning(); }, 30000))
                qWarning("the deployment did not stop");
        }
        window.reset();
        languages.setLanguage(QStringLiteral("en"), false);
    }
};

// The texts a user reads on a widget tree: labels, buttons, group titles, list and tree items,
// headers, menus and the window title. Editors' contents are values and are left out.
inline QStringList visibleTexts(QWidget* root)
{
    QStringList out;
    auto add = [&out](const QString& t) {
        if (!t.trimmed().isEmpty())
            out << t;
    };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root) || (w != root && !w->isVisible()))
            continue;
        if (auto* l = qobject_cast<QLabel*>(w))
            add(l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(b->text());
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            add(g->title());
        if (auto* list = qobject_cast<QListWidget*>(w)) {
            for (int i = 0; i < list->count(); ++i)
                add(list->item(i)->text());
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            QAbstractItemModel* m = view->model();
            if (!m)
                continue;
            for (int c = 0; c < m->columnCount(); ++c)
                add(m->headerData(c, Qt::Horizontal).toString());
        }
        if (auto* tree = qobject_cast<QTreeWidget*>(w)) {
            // Status columns hold words (found, not found); names and paths are values.
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                if (tree->objectName() == QLatin1String("toolList"))
                    add(tree->topLevelItem(i)->text(1));
            }
        }
        if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (QAction* a : bar->actions()) {
                add(a->text());
                if (a->menu()) {
                    for (QAction* sub : a->menu()->actions())
                        add(sub->text());
                }
            }
        }
    }
    if (root->isWindow())
        add(root->windowTitle());
    return out;
}

} // namespace cnpg::test
