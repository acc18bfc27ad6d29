package ir.vafa.rules.internal;

import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;

import static org.assertj.core.api.Assertions.assertThat;

class SharedRuleBaseTest {

    @Test
    void theStandardKindsCompileIntoOneBaseAndLeaveNothingInTheKieRepository() {
        SharedRuleBase base = SharedRuleBase.compile();

        assertThat(base.kieBase().getKiePackage("ir.vafa.rules.internal").getRules())
                .extracting(org.kie.api.definition.rule.Rule::getName)
                .contains("spend: every line with a positive net amount counts towards the spend",
                        "stamp: the stamp that fills the card issues its reward");
        assertThat(KieServices.get().getRepository().getKieModule(base.releaseId())).isNull();
    }
}
