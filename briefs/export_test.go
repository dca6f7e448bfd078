package briefs

// SearchAmong is searchAmong, for the tests outside the package.
var SearchAmong = (*Store).searchAmong
