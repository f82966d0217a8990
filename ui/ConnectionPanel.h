#pragma once

#include "run/DatabaseAccess.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cnpg {

class CommandPreview;

// How to connect to the deployed database: host, ports, database, user, psql command lines,
// the password behind Show and Copy (read from the cluster only then, kept only in this
// widget), and the validation guide's failover test as a button that shows the new primary.
class ConnectionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionPanel(QWidget* parent = nullptr);

    // A deployment's database; the panel takes ownership. Null: no database to show.
    void setAccess(DatabaseAccess* access);
    void retranslate();

    QString field(const QString& name) const; // host, address, ports, database, user, password
    QString commands() const;
    QString failoverText() const;
    bool passwordShown() const;

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showPassword();
    void copyPassword();
    void onPassword(const QString& password);
    void onFailed(DatabaseAccess::Operation operation, DatabaseAccess::Failure failure,
                  const QString& detail);
    void updateFailoverText();
    void refresh();
    void setValue(const QString& name, const QString& value);
    // Sizes the commands box to its wrapped lines.
    void fitCommands();

    QPointer<DatabaseAccess> m_access;
    DatabaseAccess::Endpoint m_endpoint;
    QList<QLabel*> m_labels;
    QHash<QString, QLineEdit*> m_fields;
    QPushButton* m_show;
    QPushButton* m_copy;
    CommandPreview* m_commands;
    QPushButton* m_failover;
    QLabel* m_failoverStatus;
    bool m_copyWhenRead = false;
    bool m_revealed = false;
    // The failover's state for retranslate(): what the label last said, as data.
    enum class FailoverState
    {
        None,
        Running,
        Done,
        Failed
    } m_failoverState = FailoverState::None;
    QString m_former, m_promoted, m_failoverDetail;
    DatabaseAccess::Failure m_failoverFailure = DatabaseAccess::Failure::Command;
    std::optional<DatabaseAccess::Failure> m_passwordFailure; // the last read's, if it failed
    QString m_passwordDetail;
};

} // namespace cnpg
