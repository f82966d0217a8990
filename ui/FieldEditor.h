#pragma once

#include "settings/SettingsSchema.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QHBoxLayout;

namespace cnpg {

class SettingsModel;

// One setting on a page: its label (name and the guide's variable), an editor chosen by the
// field's kind, validation as typed with the translated message, and for a derived name the
// note that it follows LOCAL_NAME/SUFFIX with a button to go back to that after an edit.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(const FieldSpec& spec, SettingsModel& model, QWidget* parent = nullptr);

    const QString& key() const { return m_spec.key; }
    // The label, for the page's form layout (its buddy is the editor).
    QLabel* label() const { return m_label; }
    // The widget that takes the value (a line edit, spin box, check box or combo box).
    QWidget* editor() const { return m_editor; }
    // Adds a button right of the editor (SUFFIX: regenerate; the client IP: detect).
    QPushButton* addButton();

    bool isValid() const { return m_valid; }
    // The translated message shown under the field; empty while it is valid.
    QString errorText() const;
    QPushButton* resetButton() const { return m_reset; }

    // What the preflight checks found about the value, under the field.
    enum class NoteKind
    {
        Info,
        Good,
        Warning
    };
    // A translated note (empty: none); the caller sets it again on a language change.
    void setNote(const QString& text, NoteKind kind = NoteKind::Info);
    QString note() const;
    // The line under the editor: the error, or how the value relates to the guide's.
    QString statusText() const;
    // A problem only Azure knows of (a storage account name that is taken): shown like a
    // validation error, and the field counts as invalid until it is cleared.
    void setExternalError(const QString& text);
    QString externalError() const { return m_externalError; }
    // The values an editable picker offers (the Kubernetes versions of a region); the value
    // itself is kept.
    void setChoices(const QStringList& choices);
    QStringList choices() const;

    void retranslate();

signals:
    void validityChanged(bool valid);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onEdited(const QString& text);
    void refreshFromModel();
    void refreshStatus();

    FieldSpec m_spec;
    SettingsModel& m_model;
    QLabel* m_label;
    QWidget* m_editor = nullptr;
    QLineEdit* m_line = nullptr;
    QSpinBox* m_spin = nullptr;
    QCheckBox* m_check = nullptr;
    QComboBox* m_combo = nullptr;
    QHBoxLayout* m_row;
    QLabel* m_status;
    QLabel* m_note;
    QString m_externalError;
    QPushButton* m_reset;
    bool m_valid = true;
    bool m_updating = false;
};

} // namespace cnpg
