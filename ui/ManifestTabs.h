#pragma once

#include "settings/SettingError.h"

#include <QTabWidget>

class QLabel;

namespace cnpg {

class CommandPreview;
class SettingsModel;

// One generated manifest as the exported script's heredoc holds it, read-only and monospace;
// while a value it is made from is invalid, no manifest at all but a line that names the field.
class ManifestView : public QWidget
{
    Q_OBJECT
public:
    explicit ManifestView(QWidget* parent = nullptr);

    // `text` empty: blocked by `blocker` (a field error; its field empty when none is known).
    void setManifest(const QString& text, const SettingError& blocker);
    // The manifest shown; empty while blocked.
    QString manifest() const;
    // The translated line shown instead of the manifest; empty while there is one.
    QString blockedText() const;
    CommandPreview* view() const { return m_view; }

    void retranslate();

private:
    QLabel* m_blocked;
    CommandPreview* m_view;
    SettingError m_blocker;
    bool m_isBlocked = false;
};

// The PostgreSQL cluster page's right side: the `Cluster` and the `ScheduledBackup` the plan
// applies, made from the current settings as they are typed (the same text as the exported
// script's heredocs), and the page's commands.
class ManifestTabs : public QTabWidget
{
    Q_OBJECT
public:
    ManifestTabs(SettingsModel& model, QWidget* parent = nullptr);

    // The page's commands, as the last tab.
    void addCommands(QWidget* commands);
    ManifestView* cluster() const { return m_cluster; }
    ManifestView* scheduledBackup() const { return m_backup; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();

    SettingsModel& m_model;
    ManifestView* m_cluster;
    ManifestView* m_backup;
    QWidget* m_commands = nullptr;
};

} // namespace cnpg
