package mx.ine.cspen.seguimiento.commitment.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import mx.ine.cspen.seguimiento.commitment.CommitmentProcess;
import org.junit.jupiter.api.Test;

/** The commitment page names the work a process waits for, not the due-date watch's events. */
class ProcessPositionWordingTest {

  private static ProcessPosition waitingIn(String... ids) {
    return new ProcessPosition("commitment:1", false, List.of(ids), List.of(), List.of())
        .withCurrentNames(
            List.of(ids).stream()
                .map(
                    id ->
                        id.equals(CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS)
                            ? "Informar avance"
                            : "Fecha límite asignada")
                .toList());
  }

  @Test
  void aCommitmentWithoutDueDateIsNotSaidToHaveOne() {
    ProcessPosition position =
        waitingIn(
            CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS,
            CommitmentProcess.Elements.MESSAGE_EVENT_DUE_DATE_ASSIGNED);

    ProcessPosition worded = CommitmentPageService.deadlineWorded(position, null);

    assertThat(worded.currentNames()).containsExactly("Informar avance");
    assertThat(worded.current()).hasSize(2);
  }

  @Test
  void onlyTheWatchLeftIsSaidAsWhatIsAwaited() {
    assertThat(
            CommitmentPageService.deadlineWorded(
                    waitingIn(CommitmentProcess.Elements.MESSAGE_EVENT_DUE_DATE_ASSIGNED), null)
                .currentNames())
        .containsExactly("En espera de que se fije una fecha límite");
    assertThat(
            CommitmentPageService.deadlineWorded(
                    waitingIn(CommitmentProcess.Elements.TIMER_EVENT_DUE_DATE_PASSED),
                    LocalDate.of(2024, 7, 31))
                .currentNames())
        .containsExactly("En espera de la fecha límite (31/07/2024)");
  }
}
