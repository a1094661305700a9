package io.crisisradar.enrich.category;

import static io.crisisradar.enrich.category.ComplaintCategory.CUSTOMER_SERVICE;
import static io.crisisradar.enrich.category.ComplaintCategory.DELIVERY;
import static io.crisisradar.enrich.category.ComplaintCategory.ETHICS_SCANDAL;
import static io.crisisradar.enrich.category.ComplaintCategory.OUTAGE;
import static io.crisisradar.enrich.category.ComplaintCategory.PRICING_BILLING;
import static io.crisisradar.enrich.category.ComplaintCategory.PRODUCT_DEFECT;
import static io.crisisradar.enrich.category.ComplaintCategory.RETURNS_COMPLAINTS;
import static io.crisisradar.enrich.category.ComplaintCategory.SAFETY_HEALTH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintClassifierTest {

    private final ComplaintClassifier classifier = new ComplaintClassifier();

    @Test
    void polishLostParcelIsDelivery() {
        assertThat(classifier.classify("Paczka z Allegro nie dotarła, a kurier twierdzi że doręczył"))
                .contains(DELIVERY);
    }

    @Test
    void englishLateAndDamagedOrderIsDelivery() {
        assertThat(classifier.classify("My order arrived two weeks late and the parcel was damaged"))
                .containsExactly(DELIVERY);
    }

    @Test
    void polishHotlineNobodyAnswersIsCustomerService() {
        assertThat(classifier.classify("Byłem na infolinii 40 minut i nikt nie odebrał"))
                .containsExactly(CUSTOMER_SERVICE);
    }

    @Test
    void complaintWithoutAnswerHasTwoCategories() {
        assertThat(classifier.classify("Złożyłam reklamację miesiąc temu i dalej brak odpowiedzi"))
                .containsExactlyInAnyOrder(RETURNS_COMPLAINTS, CUSTOMER_SERVICE);
    }

    @Test
    void refundIsReturnsInEnglish() {
        assertThat(classifier.classify("Still no refund for the shoes I sent back, this is ridiculous"))
                .contains(RETURNS_COMPLAINTS);
    }

    @Test
    void doubleChargeIsPricingInPolishWithoutDiacritics() {
        assertThat(classifier.classify("pobrali mi oplate dwa razy za to samo zamowienie"))
                .containsExactly(PRICING_BILLING);
    }

    @Test
    void foodPoisoningIsSafety() {
        assertThat(classifier.classify("Po kanapce z Żabki mam zatrucie pokarmowe"))
                .containsExactly(SAFETY_HEALTH);
        assertThat(classifier.classify("Got food poisoning after eating there yesterday"))
                .containsExactly(SAFETY_HEALTH);
    }

    @Test
    void racismAndBoycottIsEthics() {
        assertThat(classifier.classify("This racist ad is disgusting, time to boycott the brand"))
                .contains(ETHICS_SCANDAL);
        assertThat(classifier.classify("Skandal! Rasistowska reklama, bojkotujemy"))
                .containsExactly(ETHICS_SCANDAL);
    }

    @Test
    void appNotWorkingIsOutage() {
        assertThat(classifier.classify("Aplikacja znowu nie działa, nie mogę się zalogować"))
                .containsExactly(OUTAGE);
        assertThat(classifier.classify("The app is down again and I can't log in"))
                .containsExactly(OUTAGE);
    }

    @Test
    void brokenProductIsDefect() {
        assertThat(classifier.classify("Buty rozpadły się po tygodniu, totalny bubel"))
                .containsExactly(PRODUCT_DEFECT);
        assertThat(classifier.classify("The charger is defective and not as described"))
                .containsExactly(PRODUCT_DEFECT);
    }

    @Test
    void negationVetoesDelay() {
        assertThat(classifier.classify("Lot bez opóźnień, wszystko super")).isEmpty();
        assertThat(classifier.classify("No delays today, lovely trip")).isEmpty();
    }

    @Test
    void praiseVetoesCustomerService() {
        assertThat(classifier.classify("Great customer service, thank you!")).isEmpty();
        assertThat(classifier.classify("Świetna obsługa klienta, dziękuję")).isEmpty();
    }

    @Test
    void ordinaryPraiseHasNoCategory() {
        assertThat(classifier.classify("Kocham ten sklep, zawsze wszystko na czas"))
                .isEmpty();
        assertThat(classifier.classify("Love the new menu!")).isEmpty();
    }

    @Test
    void explainNamesTheDecidingCue() {
        assertThat(classifier.explain("Flight cancelled again")).containsKey(DELIVERY);
        assertThat(classifier.explain("Flight cancelled again").get(DELIVERY)).contains("cancel*");
    }

    @Test
    void weakCuesNeedCompany() {
        ComplaintClassifier custom = new ComplaintClassifier(Map.of(OUTAGE, List.of("~error*", "~app")));
        assertThat(custom.classify("an error")).isEmpty();
        assertThat(custom.classify("the app shows an error")).containsExactly(OUTAGE);
    }
}
