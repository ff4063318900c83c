#include "integerfield.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using oci::json::Value;

IntegerField::IntegerField(Document *document, const QString &pointer, QObject *parent)
    : FormField(document, pointer, parent)
    , m_edit(new QLineEdit)
    , m_hint(new QLabel)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_hint);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setEnabled(false); // the disabled text colour: secondary, readable in any theme
    m_edit->setClearButtonEnabled(true);
    setEditorWidget(row);
    installContextMenu(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &IntegerField::onTextEdited);
    initialize();
}

QWidget *IntegerField::editor() const
{
    return m_edit;
}

QString IntegerField::hint() const
{
    return m_hint->text();
}

void IntegerField::setUnit(Unit unit)
{
    m_unit = unit;
    refresh();
}

void IntegerField::setRange(std::optional<qint64> minimum, std::optional<qint64> maximum)
{
    m_minimum = minimum;
    m_maximum = maximum;
}

void IntegerField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

std::optional<qint64> IntegerField::parse(const QString &text, Unit unit, QString *problem)
{
    const QString t = text.trimmed();
    static const QRegularExpression plain(QStringLiteral("^-?[0-9]+$"));
    if (plain.match(t).hasMatch()) {
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok) {
            if (problem)
                *problem = tr("%1 is out of range for a 64-bit number").arg(t);
            return std::nullopt;
        }
        if (unit == Unit::NanoCpus && t.size() <= 3 && v > 0) {
            // "2" in a nano-CPU field means two CPUs, as --cpus reads it.
            return v * 1000000000LL;
        }
        return v;
    }
    if (unit == Unit::Bytes) {
        static const QRegularExpression sized(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?) ?([kmgtp])?(?:i?b)?$"),
                                              QRegularExpression::CaseInsensitiveOption);
        const auto m = sized.match(t);
        if (m.hasMatch()) {
            const double number = m.captured(1).toDouble();
            const QString suffix = m.captured(2).toLower();
            const int power = suffix.isEmpty() ? 0 : static_cast<int>(QStringLiteral("kmgtp").indexOf(suffix)) + 1;
            const double bytes = number * std::pow(1024.0, power);
            if (bytes < 9.2e18)
                return static_cast<qint64>(bytes);
        }
        if (problem)
            *problem = tr("Not a size: write bytes or a number with k, m, g or t (e.g. 256m)");
        return std::nullopt;
    }
    if (unit == Unit::NanoCpus) {
        static const QRegularExpression decimal(QStringLiteral("^[0-9]*\\.[0-9]+$"));
        if (decimal.match(t).hasMatch()) {
            const double cpus = t.toDouble();
            return static_cast<qint64>(std::llround(cpus * 1e9));
        }
        if (problem)
            *problem = tr("Not a CPU count: write CPUs (1.5) or nano-CPUs (1500000000)");
        return std::nullopt;
    }
    if (problem)
        *problem = tr("Not a whole number");
    return std::nullopt;
}

QString IntegerField::describe(qint64 value, Unit unit)
{
    switch (unit) {
    case Unit::Bytes:
        if (value <= 0)
            return QString();
        return QStringLiteral("= ") + QLocale().formattedDataSize(value, 2, QLocale::DataSizeIecFormat);
    case Unit::NanoCpus:
        if (value <= 0)
            return QString();
        return tr("= %1 CPUs").arg(QLocale().toString(static_cast<double>(value) / 1e9, 'g', 9));
    case Unit::None:
        break;
    }
    return QString();
}

void IntegerField::updateHint(std::optional<qint64> value)
{
    const QString text = value ? describe(*value, m_unit) : QString();
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void IntegerField::refresh()
{
    const Value *value = currentValue();
    QString text;
    if (value && !value->isNull())
        text = QString::fromStdString(value->text());
    // Leave "256m" alone while it means what the document holds.
    const std::optional<qint64> shown = parse(m_edit->text(), m_unit);
    const std::optional<qint64> stored = value && value->isNumber() ? parse(text, Unit::None) : std::nullopt;
    const bool same = (m_edit->text().trimmed().isEmpty() && text.isEmpty()) || (shown && stored && *shown == *stored);
    if (!same) {
        m_edit->setText(text);
        // Long values (IDs, paths) read best from their start.
        if (!m_edit->hasFocus())
            m_edit->setCursorPosition(0);
        setLocalProblem(QString());
    }
    updateHint(stored);
}

void IntegerField::onTextEdited(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        setLocalProblem(QString());
        updateHint(std::nullopt);
        erase();
        return;
    }
    QString problem;
    const std::optional<qint64> v = parse(text, m_unit, &problem);
    if (v && m_minimum && *v < *m_minimum)
        problem = tr("At least %1").arg(*m_minimum);
    else if (v && m_maximum && *v > *m_maximum)
        problem = tr("At most %1").arg(*m_maximum);
    setLocalProblem(problem);
    if (!problem.isEmpty() || !v)
        return;
    updateHint(v);
    write(Value::makeNumber(std::to_string(*v)));
}
