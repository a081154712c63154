#include "ui/dialog_seams.h"

#include <QFileDialog>
#include <QInputDialog>

namespace indicia::seams {

namespace {
QString realOpenFile(QWidget* parent, const QString& caption, const QString& filter)
{
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}
QString realSaveFile(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}
QMessageBox::StandardButton realQuestion(QWidget* parent, const QString& title, const QString& text,
                                         QMessageBox::StandardButtons buttons)
{
    return QMessageBox::question(parent, title, text, buttons);
}
QMessageBox::StandardButton realWarning(QWidget* parent, const QString& title, const QString& text,
                                        QMessageBox::StandardButtons buttons)
{
    return QMessageBox::warning(parent, title, text, buttons);
}
QString realTextInput(QWidget* parent, const QString& title, const QString& label, bool* accepted)
{
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), accepted);
}
} // namespace

OpenFileFn openFile = realOpenFile;
SaveFileFn saveFile = realSaveFile;
QuestionFn question = realQuestion;
QuestionFn warning = realWarning;
TextInputFn textInput = realTextInput;

void reset()
{
    openFile = realOpenFile;
    saveFile = realSaveFile;
    question = realQuestion;
    warning = realWarning;
    textInput = realTextInput;
}

} // namespace indicia::seams
