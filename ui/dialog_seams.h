#pragma once
// Seams for modal prompts: the UI asks through these functions, never QFileDialog or
// QMessageBox directly, so GUI tests can pre-answer them and never block on a real dialog.

#include <QMessageBox>
#include <QString>

#include <functional>

class QWidget;

namespace indicia::seams {

using OpenFileFn = std::function<QString(QWidget* parent, const QString& caption, const QString& filter)>;
using SaveFileFn = std::function<QString(QWidget* parent, const QString& caption, const QString& suggested,
                                         const QString& filter)>;
using QuestionFn = std::function<QMessageBox::StandardButton(QWidget* parent, const QString& title,
                                                             const QString& text,
                                                             QMessageBox::StandardButtons buttons)>;
using TextInputFn = std::function<QString(QWidget* parent, const QString& title, const QString& label,
                                          bool* accepted)>;

// Each defaults to the real dialog; tests assign their own and restore with reset().
extern OpenFileFn openFile;
extern SaveFileFn saveFile;
extern QuestionFn question;
// A refusal or error with only an OK button: a warning icon, not a question mark.
extern QuestionFn warning;
extern TextInputFn textInput;
void reset();

} // namespace indicia::seams
