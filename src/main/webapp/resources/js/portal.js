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
 */
(function ($) {
    function repairMarkup() {
        $('input[type=file][aria-hidden=true]').attr('tabindex', '-1');
        $('.ui-messages ul > li[role=alert]').removeAttr('role').closest('ul').parent().attr('role', 'alert');
    }
    $(repairMarkup);
    $(document).on('pfAjaxComplete', repairMarkup);
})(jQuery);
