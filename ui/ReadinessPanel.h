#pragma once

#include "preflight/Readiness.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cnpg {

// The readiness findings of the deployment in Azure, one row per finding with its verdict, what
// was found and the fix; the Welcome and Review pages each show one. Words follow the language
// (ReadinessText), set again on every change.
class ReadinessPanel : public QGroupBox
{
    Q_OBJECT
public:
    enum class State
    {
        NotChecked, // nobody signed in yet, or no valid settings
        Checking,
        Checked,
    };

    explicit ReadinessPanel(QWidget* parent = nullptr);

    void setState(State state);
    void setFindings(const Findings& findings);
    void setRegistering(bool registering);
    State state() const { return m_state; }
    const Findings& findings() const { return m_findings; }
    // A blocking finding is shown (the deployment may not start).
    bool hasBlocking() const;

    QTreeWidget* list() const { return m_list; }
    QLabel* summaryLabel() const { return m_summary; }
    QPushButton* recheckButton() const { return m_recheck; }
    QPushButton* registerButton() const { return m_register; }

signals:
    void recheckRequested();
    // Run `az provider register --namespace X --wait` for these.
    void registerRequested(const QStringList& namespaces);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    QStringList unregistered() const;

    State m_state = State::NotChecked;
    Findings m_findings;
    bool m_registering = false;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QPushButton* m_recheck;
    QPushButton* m_register;
};

} // namespace cnpg
