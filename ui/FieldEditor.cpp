#include "FieldEditor.h"

#include "settings/AzureRegions.h"
#include "FieldText.h"
#include "SettingErrorText.h"
#include "SettingsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cnpg {

FieldEditor::FieldEditor(const FieldSpec& spec, SettingsModel& model, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_model(model)
    , m_label(new QLabel(this))
    , m_row(new QHBoxLayout)
    , m_status(new QLabel(this))
    , m_note(new QLabel(this))
    , m_reset(new QPushButton(this))
{
    setObjectName(QStringLiteral("field_") + spec.key);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_row->setContentsMargins(0, 0, 0, 0);

    if (spec.kind == FieldKind::Boolean) {
        m_check = new QCheckBox(this);
        connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
            onEdited(on ? QStringLiteral("true") : QStringLiteral("false"));
        });
        m_editor = m_check;
    } else if (spec.kind == FieldKind::Integer) {
        m_spin = new QSpinBox(this);
        m_spin->setRange(1, 1000);
        connect(m_spin, &QSpinBox::valueChanged, this,
                [this](int v) { onEdited(QString::number(v)); });
        m_editor = m_spin;
    } else if (spec.rule == FieldRule::KubernetesVersion) {
        // Editable: filled with the region's versions by the preflight checks, but any
        // version the validator accepts can be typed.
        m_combo = new QComboBox(this);
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        connect(m_combo, &QComboBox::currentTextChanged, this, &FieldEditor::onEdited);
        m_editor = m_combo;
    } else if (spec.rule == FieldRule::Region) {
        // Editable: the static list may lag behind Azure; the validator has the final word.
        m_combo = new QComboBox(this);
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->addItems(AzureRegions::all());
        m_combo->setMaxVisibleItems(15);
        connect(m_combo, &QComboBox::currentTextChanged, this, &FieldEditor::onEdited);
        m_editor = m_combo;
    } else {
        m_line = new QLineEdit(this);
        m_line->setClearButtonEnabled(false);
        connect(m_line, &QLineEdit::textEdited, this, &FieldEditor::onEdited);
        m_editor = m_line;
    }
    m_editor->setObjectName(QStringLiteral("edit_") + spec.key);
    m_label->setBuddy(m_editor);
    // Two lines, never wrapped: the name, then the guide's variable (wrapped labels get
    // clipped in form layouts, and the variable must stay whole).
    m_label->setWordWrap(false);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setObjectName(QStringLiteral("label_") + spec.key);
    m_row->addWidget(m_editor, 1);
    setTabOrder(m_editor, m_reset); // created first, but it sits right of the editor
    m_reset->setObjectName(QStringLiteral("reset_") + spec.key);
    m_reset->setVisible(false);
    connect(m_reset, &QPushButton::clicked, this, [this] { m_model.resetToDefault(m_spec.key); });
    m_row->addWidget(m_reset);
    layout->addLayout(m_row);

    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status_") + spec.key);
    m_status->setTextFormat(Qt::PlainText);
    QFont small = m_status->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_status->setFont(small);
    layout->addWidget(m_status);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("note_") + spec.key);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setFont(small);
    m_note->setVisible(false);
    layout->addWidget(m_note);

    connect(&m_model, &SettingsModel::changed, this, [this] {
        refreshFromModel();
        refreshStatus();
    });
    refreshFromModel();
    retranslate();
}

QPushButton* FieldEditor::addButton()
{
    auto* b = new QPushButton(this);
    // Before the reset button, right of the editor.
    m_row->insertWidget(m_row->count() - 1, b);
    setTabOrder(m_editor, b);
    return b;
}

QString FieldEditor::errorText() const
{
    const SettingErrors errors = m_model.settings().validateField(m_spec.key);
    if (!errors.isEmpty())
        return SettingErrorText::message(errors.first());
    return m_externalError;
}

void FieldEditor::setNote(const QString& text, NoteKind kind)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
    switch (kind) {
    case NoteKind::Info:
        m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));
        break;
    case NoteKind::Good:
        m_note->setStyleSheet(QStringLiteral("color: #2e7d32;"));
        break;
    case NoteKind::Warning:
        m_note->setStyleSheet(QStringLiteral("color: #a15c00;"));
        break;
    }
}

QString FieldEditor::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void FieldEditor::setExternalError(const QString& text)
{
    if (text == m_externalError)
        return;
    m_externalError = text;
    refreshStatus();
}

void FieldEditor::setChoices(const QStringList& choices)
{
    if (!m_combo)
        return;
    m_updating = true;
    const QString v = m_model.value(m_spec.key);
    m_combo->clear();
    m_combo->addItems(choices);
    m_combo->setCurrentText(v);
    m_updating = false;
}

QStringList FieldEditor::choices() const
{
    QStringList out;
    for (int i = 0; m_combo && i < m_combo->count(); ++i)
        out << m_combo->itemText(i);
    return out;
}

void FieldEditor::onEdited(const QString& text)
{
    if (m_updating)
        return;
    m_model.setValue(m_spec.key, text);
}

void FieldEditor::refreshFromModel()
{
    const QString v = m_model.value(m_spec.key);
    m_updating = true;
    if (m_line && m_line->text() != v) {
        // Keep the caret where it was when the model rewrites a derived value.
        const int pos = m_line->cursorPosition();
        m_line->setText(v);
        m_line->setCursorPosition(qMin(pos, int(v.size())));
    } else if (m_spin && m_spin->text() != v) {
        bool ok = false;
        const int n = v.toInt(&ok);
        if (ok)
            m_spin->setValue(n);
    } else if (m_check) {
        m_check->setChecked(v == QLatin1String("true"));
    } else if (m_combo && m_combo->currentText() != v) {
        m_combo->setCurrentText(v);
    }
    m_updating = false;
}

QString FieldEditor::statusText() const
{
    return m_status->text();
}

void FieldEditor::refreshStatus()
{
    const QString error = errorText();
    const bool valid = error.isEmpty();
    const Settings& s = m_model.settings();
    const QString value = s.value(m_spec.key);
    const bool edited =
        m_spec.isDerived() && s.isOverridden(m_spec.key) && value != s.derivedValue(m_spec.key);
    // A fixed default (not derived, not generated) that the user changed. The default may be
    // one found at run time (the region's Kubernetes version); the guide's own value, when it
    // differs, stays visible in the note.
    const QString defaultValue = s.defaultValue(m_spec.key);
    const QString guideValue = m_spec.guideOrDefault();
    const bool changed = !m_spec.isDerived() && !defaultValue.isEmpty() && value != defaultValue;
    const bool notGuide = !m_spec.isDerived() && !guideValue.isEmpty() && value != guideValue;
    m_reset->setVisible((m_spec.isDerived() && s.isOverridden(m_spec.key)) || changed);
    if (!m_spec.isDerived())
        m_reset->setToolTip(m_spec.guideValue.isEmpty()
                                ? tr("Back to the guide's value, %1").arg(defaultValue)
                                : tr("Back to the default, %1").arg(defaultValue));
    if (m_line)
        m_line->setPlaceholderText(m_spec.isDerived() ? s.derivedValue(m_spec.key) : defaultValue);
    QString status;
    if (!valid) {
        status = error;
    } else if (m_spec.isDerived()) {
        const QString refs = SettingsSchema::references(m_spec).join(QStringLiteral(", "));
        status = edited
                     ? tr("Edited. From %1 it would be %2.").arg(refs, s.derivedValue(m_spec.key))
                     : tr("Follows %1 until you edit it.").arg(refs);
    } else if (notGuide) {
        status = tr("The guide uses %1.").arg(guideValue);
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
    // Red for errors; the palette's muted text for the notes.
    m_status->setStyleSheet(valid ? QStringLiteral("color: palette(mid);")
                                  : QStringLiteral("color: #c62828;"));
    m_editor->setProperty("invalid", !valid);
    m_editor->setStyleSheet(valid ? QString() : QStringLiteral("border: 1px solid #c62828;"));
    m_editor->setAccessibleDescription(valid ? FieldText::hint(m_spec.key) : error);
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

void FieldEditor::retranslate()
{
    m_label->setText(FieldText::name(m_spec.key) + QLatin1Char('\n') + m_spec.key);
    m_label->setToolTip(FieldText::hint(m_spec.key));
    m_editor->setToolTip(FieldText::hint(m_spec.key));
    m_editor->setAccessibleName(FieldText::label(m_spec.key));
    m_reset->setText(tr("Reset"));
    if (m_spec.isDerived()) {
        m_reset->setToolTip(
            tr("Follow %1 again")
                .arg(SettingsSchema::references(m_spec).join(QStringLiteral(", "))));
        m_reset->setAccessibleName(tr("Reset %1 to the derived value").arg(m_spec.key));
    } else {
        m_reset->setAccessibleName(m_spec.guideValue.isEmpty()
                                       ? tr("Reset %1 to the guide's value").arg(m_spec.key)
                                       : tr("Reset %1 to the default").arg(m_spec.key));
    }
    if (m_check)
        m_check->setText(tr("Enabled"));
    refreshStatus();
}

void FieldEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cnpg
