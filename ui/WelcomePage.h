#pragma once

#include "WizardPage.h"

class QGroupBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTreeWidget;
class QVBoxLayout;

namespace cnpg {

// Start: what the wizard does, the tools it found, the Azure account, and whether to simulate.
// The tool, sign-in and subscription checks (preflight) fill this page through its setters;
// the page itself runs nothing.
class WelcomePage : public WizardPage
{
    Q_OBJECT
public:
    enum class ToolState
    {
        Unknown,
        Found,
        Missing,
        Simulated
    };

    explicit WelcomePage(QWidget* parent = nullptr);

    QString title() const override;

    // One row per tool; set again to update. `detail` is a path or a version (untranslated).
    void setToolStatus(const QString& tool, ToolState state, const QString& detail = QString());
    ToolState toolState(const QString& tool) const;
    // Empty values show "not checked yet".
    void setAccount(const QString& account, const QString& subscription);
    // Where preflight adds its own widgets (a subscription picker, a sign-in button, ...).
    QVBoxLayout* preflightArea() const { return m_preflightArea; }

    bool simulate() const;
    void setSimulate(bool simulate);
    // Real Azure needs the Azure CLI; without it only simulation is offered.
    void setRealAzureAvailable(bool available);

    // Offers to continue an interrupted deployment (of that resource group); empty: no offer.
    void offerResume(const QString& resourceGroup);
    QPushButton* resumeButton() const { return m_resume; }

signals:
    void simulateChanged(bool simulate);
    void resumeRequested();

protected:
    QString explanation() const override;
    void retranslate() override;

private:
    void refreshTools();
    void refreshAccount();

    struct Tool
    {
        QString name;
        ToolState state = ToolState::Unknown;
        QString detail;
    };
    QList<Tool> m_tools;
    QString m_account;
    QString m_subscription;
    QGroupBox* m_modeBox;
    QRadioButton* m_simulate;
    QRadioButton* m_real;
    QLabel* m_modeNote;
    QGroupBox* m_toolBox;
    QTreeWidget* m_toolList;
    QGroupBox* m_accountBox;
    QLabel* m_accountLabel;
    QLabel* m_subscriptionLabel;
    QVBoxLayout* m_preflightArea;
    QGroupBox* m_resumeBox;
    QLabel* m_resumeText;
    QPushButton* m_resume;
    QString m_resumeGroup;
};

} // namespace cnpg
