#include "core/domain/textfold.h"

namespace rapport {

QString foldText(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Mark_SpacingCombining)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(c);
    }
    // Lower case rather than full case folding: FTS5 unicode61 keeps "ß" as it is, and search
    // tokens must fold the same way the index does.
    return out.toLower();
}

} // namespace rapport
