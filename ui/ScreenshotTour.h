#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QTimer;

namespace cnpg {

class DeploymentsDialog;
class LanguageManager;
class MainWindow;
class StepListModel;

// `--screenshots DIR`: shows every page in Korean and English and saves <page>-<lang>.png,
// including a simulated deployment while it runs (the cluster's live phase too) and when it
// is done. Event-driven: a timer advances one step at a time, so the window keeps painting
// and the deployment keeps running.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow& window, LanguageManager& languages, const QString& directory,
                   QObject* parent = nullptr);

    void start();
    QStringList written() const { return m_written; }

signals:
    void finished(int exitCode);

private:
    using Step = std::function<bool()>; // true: done, go on to the next
    void plan();
    void advance();
    bool shoot(const QString& name, QWidget* widget = nullptr);
    // File > Deployments with a live check, then a teardown's confirmation (nothing deleted).
    QList<Step> deploymentsShots(const QString& language);
    void fail(const QString& why);
    // Keeps m_livePhase current from the model's changes.
    void watchLivePhase(const StepListModel* model);
    // Expands the step's row and selects it, so that its log shows.
    void selectStep(const QString& id);

    MainWindow& m_window;
    LanguageManager& m_languages;
    QString m_directory;
    QList<Step> m_steps;
    int m_next = 0;
    int m_ticks = 0;
    QTimer* m_timer;
    QStringList m_written;
    QPointer<DeploymentsDialog> m_deployments;
    bool m_livePhase = false; // the cluster wait runs and reports a phase with ready instances
};

} // namespace cnpg
