#pragma once

#include "plan/Plan.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace cnpg {

// The wizard's pages, in the guide's order.
enum class PageId
{
    Welcome,
    Settings,
    Extensions,
    IdentityStorage,
    Monitoring,
    Cluster,
    PublicIp,
    Operator,
    Postgres,
    Review,
    Deploy,
    Done,
};
constexpr int PageCount = 12;

// The ids of the plan's stages whose commands a page shows (and whose progress its sidebar item
// shows).
QStringList stagesOf(PageId page);
// A stable, untranslated page name ("settings"), for object names and screenshot files.
QString pageSlug(PageId page);

// A page: a heading, a sentence or two about its stage, then the page's own content. Every
// text is set in retranslate(), which runs again on every language change.
class WizardPage : public QWidget
{
    Q_OBJECT
public:
    WizardPage(PageId id, QWidget* parent = nullptr);

    PageId id() const { return m_id; }
    // The sidebar's and heading's text.
    virtual QString title() const = 0;
    // Next stays disabled while this is false.
    virtual bool isComplete() const { return true; }
    // Called when the page becomes the current one.
    virtual void enterPage() {}

signals:
    void completeChanged();

protected:
    // Subclasses set their texts here and call the base (heading, explanation).
    virtual void retranslate();
    virtual QString explanation() const = 0;
    void changeEvent(QEvent* event) override;
    // The layout under the heading and the explanation, for the page's content.
    QVBoxLayout* content() const { return m_content; }
    // Subclass constructors call this last, once their widgets exist.
    void finishSetup() { retranslate(); }

private:
    PageId m_id;
    QLabel* m_heading;
    QLabel* m_explanation;
    QVBoxLayout* m_content;
};

} // namespace cnpg
