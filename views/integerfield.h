#pragma once

// A whole-number field, written as a JSON number. With a unit it also
// takes "256m" / "1.5g" (bytes, binary multiples as Docker's CLI reads
// them) or "1.5" (CPUs → nano-CPUs), and says what the number means.

#include "formfield.h"

#include <optional>

class QLabel;
class QLineEdit;

class IntegerField : public FormField
{
    Q_OBJECT
public:
    enum class Unit { None, Bytes, NanoCpus };

    IntegerField(Document *document, const QString &pointer, QObject *parent = nullptr);

    void setUnit(Unit unit);
    void setRange(std::optional<qint64> minimum, std::optional<qint64> maximum);
    void setPlaceholderText(const QString &text);

    QLineEdit *lineEdit() const { return m_edit; }
    QWidget *editor() const override;
    // What the hint beside the editor says ("= 256 MiB").
    QString hint() const;

    // "256m" → 268435456 with Unit::Bytes; nullopt when the text is not a
    // number of the unit. `problem` says why.
    static std::optional<qint64> parse(const QString &text, Unit unit, QString *problem = nullptr);
    static QString describe(qint64 value, Unit unit);

protected:
    void refresh() override;

private:
    void onTextEdited(const QString &text);
    void updateHint(std::optional<qint64> value);

    QLineEdit *m_edit;
    QLabel *m_hint;
    Unit m_unit = Unit::None;
    std::optional<qint64> m_minimum;
    std::optional<qint64> m_maximum;
};
