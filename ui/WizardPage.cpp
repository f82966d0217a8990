#include "WizardPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace cnpg {

QStringList stagesOf(PageId page)
{
    auto ids = [](std::initializer_list<const char*> names) {
        QStringList out;
        for (const char* n : names)
            out << QString::fromLatin1(n);
        return out;
    };
    switch (page) {
    case PageId::Extensions:
        return ids({"extensions", "krew"});
    case PageId::IdentityStorage:
        return ids(
            {"resource-group", "identity", "storage-account", "backup-container", "blob-access"});
    case PageId::Monitoring:
        return ids({"monitoring"});
    case PageId::Cluster:
        return ids({"cluster", "user-node-pool", "credentials", "container-insights"});
    case PageId::PublicIp:
        return ids({"public-ip"});
    case PageId::Operator:
        return ids({"operator"});
    case PageId::Postgres:
        return ids({"backup-identity", "app-secret", "pg-cluster", "pg-backups", "pg-access",
                    "pg-monitoring", "pg-verify"});
    default:
        return {};
    }
}

QString pageSlug(PageId page)
{
    static const char* const slugs[] = {"welcome",    "settings", "extensions", "identity-storage",
                                        "monitoring", "cluster",  "public-ip",  "operator",
                                        "postgres",   "review",   "deploy",     "done"};
    return QString::fromLatin1(slugs[int(page)]);
}

WizardPage::WizardPage(PageId id, QWidget* parent)
    : QWidget(parent)
    , m_id(id)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_content(new QVBoxLayout)
{
    setObjectName(QStringLiteral("page_") + pageSlug(id));
    auto* layout = new QVBoxLayout(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setAccessibleName(QStringLiteral("heading"));
    m_explanation->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    m_content->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(m_content, 1);
}

void WizardPage::retranslate()
{
    m_heading->setText(title());
    m_explanation->setText(explanation());
    m_heading->setAccessibleName(title());
    m_explanation->setAccessibleName(explanation());
}

void WizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cnpg
