#include "State.h"

#include <QUuid>

namespace cnpg::sim {

namespace {
const QStringList sectionNames = {QStringLiteral("account"),    QStringLiteral("extensions"),
                                  QStringLiteral("kubeconfig"), QStringLiteral("krew"),
                                  QStringLiteral("helm"),       QStringLiteral("faults"),
                                  QStringLiteral("world"),      QStringLiteral("softDeleted")};

QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

State::State(const QJsonObject& root)
    : m_root(root)
{
    for (const QString& s : sectionNames)
        m_sections.insert(s, root.value(s).toObject());
    const QJsonObject res = root.value(QStringLiteral("resources")).toObject();
    for (auto it = res.begin(); it != res.end(); ++it)
        m_resources.insert(it.key(), it.value().toObject());
    QJsonObject& account = m_sections[QStringLiteral("account")];
    if (account.isEmpty()) {
        account.insert(QStringLiteral("subscriptionId"), guid());
        account.insert(QStringLiteral("tenantId"), guid());
        account.insert(QStringLiteral("userObjectId"), guid());
        account.insert(QStringLiteral("userName"),
                       QStringLiteral("sim.user@contoso.onmicrosoft.com"));
        account.insert(QStringLiteral("loggedIn"), true);
    }
}

QJsonObject State::toJson() const
{
    QJsonObject root = m_root;
    root.insert(QStringLiteral("format"), 1);
    for (auto it = m_sections.begin(); it != m_sections.end(); ++it)
        root.insert(it.key(), it.value());
    QJsonObject res;
    for (auto it = m_resources.begin(); it != m_resources.end(); ++it)
        res.insert(it.key(), it.value());
    root.insert(QStringLiteral("resources"), res);
    return root;
}

QString State::subscriptionId() const
{
    return section(QStringLiteral("account")).value(QStringLiteral("subscriptionId")).toString();
}

QString State::tenantId() const
{
    return section(QStringLiteral("account")).value(QStringLiteral("tenantId")).toString();
}

QString State::userObjectId() const
{
    return section(QStringLiteral("account")).value(QStringLiteral("userObjectId")).toString();
}

QString State::userName() const
{
    return section(QStringLiteral("account")).value(QStringLiteral("userName")).toString();
}

bool State::loggedIn() const
{
    return section(QStringLiteral("account")).value(QStringLiteral("loggedIn")).toBool(true);
}

void State::setLoggedIn(bool in)
{
    section(QStringLiteral("account")).insert(QStringLiteral("loggedIn"), in);
}

QJsonObject& State::section(const QString& name)
{
    return m_sections[name];
}

QJsonObject State::section(const QString& name) const
{
    return m_sections.value(name);
}

QJsonObject* State::resource(const QString& id)
{
    auto it = m_resources.find(key(id));
    return it == m_resources.end() ? nullptr : &it.value();
}

const QJsonObject* State::resource(const QString& id) const
{
    auto it = m_resources.constFind(key(id));
    return it == m_resources.constEnd() ? nullptr : &it.value();
}

QJsonObject& State::insert(const QJsonObject& record)
{
    return m_resources[key(record.value(QStringLiteral("id")).toString())] = record;
}

void State::remove(const QString& id)
{
    m_resources.remove(key(id));
}

void State::settle(qint64 now)
{
    for (auto it = m_resources.begin(); it != m_resources.end();) {
        const double gone = it.value().value(QStringLiteral("goneAt")).toDouble(0);
        if (gone > 0 && qint64(gone) <= now)
            it = m_resources.erase(it);
        else
            ++it;
    }
}

} // namespace cnpg::sim
