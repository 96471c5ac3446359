/*
 * EUC Portal - the little script the pages need beyond PrimeFaces.
 *
 * A skinned file upload hides its real <input type="file"> from assistive technology
 * (aria-hidden) but leaves it in the tab order, so keyboard users land on an element screen
 * readers do not announce (WCAG 4.1.2). The visible "Choose" button stays focusable and opens the
 * same file dialog; the hidden input leaves the tab order.
 *
 * A message box puts role="alert" on each <li> of its list, so the list holds no list items any
 * more (WCAG 1.3.1); the box itself becomes the alert, which is announced when an update adds it.
 *
 * Both run on load and after every Ajax update.
 *
 * A dialog gives the focus back to what had it when it opened (WCAG 2.4.3), but a button that
 * opens a dialog after an Ajax request is disabled during the request, so the focus is on the
 * page body by then: the dialog remembers the last control focused outside any dialog instead,
 * found again by its id if an update replaced it.
 */
(function ($) {
    function repairMarkup() {
        $('input[type=file][aria-hidden=true]').attr('tabindex', '-1');
        $('.ui-messages ul > li[role=alert]').removeAttr('role').closest('ul').parent().attr('role', 'alert');
    }
    $(repairMarkup);
    $(document).on('pfAjaxComplete', repairMarkup);

    var lastFocusedOutsideDialogs = null;
    document.addEventListener('focusin', function (event) {
        if (!$(event.target).closest('.ui-dialog').length) {
            lastFocusedOutsideDialogs = event.target;
        }
    });
    var Dialog = window.PrimeFaces && PrimeFaces.widget.Dialog;
    if (Dialog) {
        var show = Dialog.prototype.show;
        Dialog.prototype.show = function () {
            var shown = show.apply(this, arguments);
            if (!this.focusedElementBeforeDialogOpened || this.focusedElementBeforeDialogOpened === document.body) {
                this.focusedElementBeforeDialogOpened = lastFocusedOutsideDialogs;
            }
            return shown;
        };
        var returnFocus = Dialog.prototype.returnFocus;
        Dialog.prototype.returnFocus = function () {
            var opener = this.focusedElementBeforeDialogOpened;
            if (opener && !document.body.contains(opener) && opener.id) {
                this.focusedElementBeforeDialogOpened = document.getElementById(opener.id);
            }
            return returnFocus.apply(this, arguments);
        };
    }
})(jQuery);
