package ir.vafa.console.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import ir.vafa.console.i18n.Language;
import ir.vafa.console.i18n.Messages;
import ir.vafa.tenancy.NewStaffMember;
import ir.vafa.tenancy.Staff;
import ir.vafa.tenancy.StaffChange;
import ir.vafa.tenancy.StaffMember;
import org.junit.jupiter.api.Test;

/** The staff screen on its own, over a list of staff kept in memory (Keycloak's part is the backend's StaffTest). */
class StaffViewTest {

	/** The tenant's staff as the backend would keep them, with the changes asked for. */
	private static final class KeptStaff implements Staff {

		final List<StaffMember> members = new ArrayList<>(List.of(
				new StaffMember("1", "admin@shop", null, Set.of("tenant-admin"), true, null),
				new StaffMember("2", "cashier@shop", null, Set.of("cashier"), true, null)));
		final List<String> changes = new ArrayList<>();

		@Override
		public List<StaffMember> list() {
			return List.copyOf(members);
		}

		@Override
		public StaffMember add(NewStaffMember member, String actor) {
			throw new UnsupportedOperationException();
		}

		@Override
		public StaffMember change(String userId, StaffChange change, String actor) {
			changes.add(userId + " by " + actor + ": " + change);
			for (int i = 0; i < members.size(); i++) {
				StaffMember m = members.get(i);
				if (m.id().equals(userId)) {
					members.set(i, new StaffMember(m.id(), m.username(), m.email(),
							change.roles() == null ? m.roles() : new TreeSet<>(change.roles()),
							change.enabled() == null ? m.enabled() : change.enabled(), null));
					return members.get(i);
				}
			}
			throw new IllegalArgumentException(userId);
		}
	}

	private final KeptStaff staff = new KeptStaff();
	private final StaffView view = new StaffView(staff, () -> "admin@shop", Messages.of(Language.PERSIAN));

	@Test
	void aCashierWhoLeftIsDisabledAndEnabledAgainFromTheirRow() {
		button(actions(1), "staff-toggle-2").click();

		assertThat(staff.changes).containsExactly("2 by admin@shop: StaffChange[roles=null, enabled=false]");
		assertThat(view.grid.getGenericDataView().getItems().toList().get(1).enabled()).isFalse();
		Button enable = button(actions(1), "staff-toggle-2");
		assertThat(enable.getText()).isEqualTo("فعال کردن ورود");
		enable.click();
		assertThat(view.grid.getGenericDataView().getItems().toList().get(1).enabled()).isTrue();
	}

	@Test
	void anAdminCannotDisableTheirOwnLogin() {
		Button mine = button(actions(0), "staff-toggle-1");

		assertThat(mine.isEnabled()).isFalse();
		assertThat(actions(0).getElement().getTextRecursively()).contains("(شما)");
	}

	/** The actions cell of the row, drawn as the grid draws it. */
	@SuppressWarnings("unchecked")
	private Component actions(int row) {
		StaffMember member = view.grid.getGenericDataView().getItems().toList().get(row);
		ComponentRenderer<Component, StaffMember> renderer = (ComponentRenderer<Component, StaffMember>) view.grid
			.getColumns().getLast().getRenderer();
		return renderer.createComponent(member);
	}

	private static Button button(Component root, String id) {
		return (Button) root.getChildren().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
	}
}
