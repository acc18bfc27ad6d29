package ir.vafa.console.memberpage;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import ir.vafa.console.i18n.Formats;
import ir.vafa.console.i18n.Messages;
import ir.vafa.memberpage.PageLink;

/**
 * A new link to a member's own page, for staff to send (by SMS, a messenger): the address to copy, until when it
 * works, and revoking every link of the member made so far (this one too).
 */
public class PageLinkDialog extends Dialog {

	public PageLinkDialog(Messages messages, Formats formats, String memberName, PageLink link, Runnable revoke) {
		setHeaderTitle(messages.get("mpage.link.title", memberName));
		setId("page-link-dialog");
		TextField url = new TextField(messages.get("mpage.link.url"));
		url.setId("page-link-url");
		url.setValue(link.url());
		url.setReadOnly(true);
		url.setWidthFull();
		url.getElement().setAttribute("dir", "ltr");
		Paragraph expires = new Paragraph(messages.get("mpage.link.expires", formats.dateTime(link.expiresAt())));
		expires.setId("page-link-expires");
		add(new Paragraph(messages.get("mpage.link.text")), url, expires);
		setWidth("min(36rem, 95vw)");

		Button copy = new Button(messages.get("mpage.link.copy"), e -> {
			// the browser's clipboard; where it refuses (no secure context), the field is still there to select
			url.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.url());
			Notification.show(messages.get("mpage.link.copied"), 3000, Notification.Position.BOTTOM_END)
				.addThemeVariants(NotificationVariant.SUCCESS);
		});
		copy.setId("page-link-copy");
		copy.addThemeVariants(ButtonVariant.PRIMARY);
		Button revokeAll = new Button(messages.get("mpage.link.revoke"), e -> {
			revoke.run();
			Notification.show(messages.get("mpage.link.revoked"), 5000, Notification.Position.BOTTOM_END)
				.addThemeVariants(NotificationVariant.SUCCESS);
			close();
		});
		revokeAll.setId("page-link-revoke");
		revokeAll.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
		Button close = new Button(messages.get("mpage.link.close"), e -> close());
		close.setId("page-link-close");
		getFooter().add(revokeAll, close, copy);
	}
}
