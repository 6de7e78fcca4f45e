#pragma once

#include <QString>

namespace rapport {

// Folds text for sorting and matching: compatibility decomposition, accents dropped, case folded,
// white space collapsed, lower case ("Müller  Ärzte" -> "muller arzte"). A plain byte comparison of two
// folded strings then orders names the way a reader expects, and an index can serve it.
QString foldText(QStringView text);

} // namespace rapport
