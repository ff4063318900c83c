#include "snapshot.h"

#include "jsonpointer.h"

const std::vector<oci::gojson::LineSpan> &Snapshot::spans() const
{
    static const std::vector<oci::gojson::LineSpan> none;
    return spec ? spec->spans : none;
}

QString Snapshot::pointerAtLine(int line) const
{
    return QString::fromStdString(oci::gojson::pointerAtLine(spans(), line - 1));
}

bool Snapshot::linesOf(const QString &pointer, int *firstLine, int *lastLine) const
{
    std::string p = pointer.toStdString();
    while (true) {
        if (const oci::gojson::LineSpan *span = oci::gojson::findSpan(spans(), p)) {
            if (firstLine)
                *firstLine = span->firstLine + 1;
            if (lastLine)
                *lastLine = span->lastLine + 1;
            return true;
        }
        if (p.empty())
            return false;
        p = JsonPointer::parent(p);
    }
}
