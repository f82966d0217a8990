#pragma once

#include "WizardPage.h"

#include <QList>

class QGroupBox;
class QLabel;
class QPushButton;

namespace cnpg {

class CommandPreview;
class FieldEditor;
class ManifestTabs;
class SettingsModel;

// The pages for the guide's stages: the settings of the stage (built from the schema's
// FieldGroup), and the commands the stage runs as the exported script has them, updated as
// the values change.
class SettingsFormPage : public WizardPage
{
    Q_OBJECT
public:
    SettingsFormPage(PageId id, SettingsModel& model, QWidget* parent = nullptr);

    QString title() const override;
    bool isComplete() const override;

    QList<FieldEditor*> editors() const { return m_editors; }
    FieldEditor* editor(const QString& key) const;
    CommandPreview* preview() const { return m_preview; }
    // The PostgreSQL cluster page's manifests (the commands are their last tab); null on
    // other pages.
    ManifestTabs* manifests() const { return m_manifests; }
    // The settings page's "Detect" button for the public client IP (wired by preflight);
    // null on other pages.
    QPushButton* detectIpButton() const { return m_detectIp; }
    // A widget below the fields and the commands (the cluster page's cost figure).
    void addFooter(QWidget* widget);
    // The keys this page edits.
    QStringList keys() const;

signals:
    // The user asked to detect the public client IP (the Detect button).
    void detectClientIpRequested();

protected:
    QString explanation() const override;
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void refreshPreview();

    SettingsModel& m_model;
    QList<FieldEditor*> m_editors;
    CommandPreview* m_preview;
    QLabel* m_previewLabel;
    QLabel* m_noFields = nullptr;
    QGroupBox* m_guideBox = nullptr;
    QGroupBox* m_extraBox = nullptr;
    QPushButton* m_regenerate = nullptr;
    QPushButton* m_detectIp = nullptr;
    ManifestTabs* m_manifests = nullptr;
    bool m_previewDirty = true;
};

} // namespace cnpg
