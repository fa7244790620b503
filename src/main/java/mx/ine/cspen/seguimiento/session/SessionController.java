package mx.ine.cspen.seguimiento.session;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/sessions")
class SessionController {

  private final SessionService sessions;

  SessionController(SessionService sessions) {
    this.sessions = sessions;
  }

  @PostMapping
  ResponseEntity<SessionView> register(@RequestBody RegisterSession command, CurrentUser user) {
    SessionView created = SessionView.of(sessions.register(command, user));
    return ResponseEntity.created(URI.create("/api/sessions/" + created.id())).body(created);
  }

  @GetMapping
  List<SessionView> list(CurrentUser user) {
    return sessions.list(user).stream().map(SessionView::of).toList();
  }

  @GetMapping("/{id}")
  SessionView get(@PathVariable long id, CurrentUser user) {
    return SessionView.of(sessions.get(id, user));
  }

  /** Corrects the session, and so every commitment made in it. */
  @PostMapping("/{id}/correction")
  SessionView correct(
      @PathVariable long id, @RequestBody CorrectSession command, CurrentUser user) {
    return SessionView.of(sessions.correct(id, command, user));
  }

  record SessionView(Long id, SessionType type, int number, LocalDate date, String label) {
    static SessionView of(CommissionSession session) {
      return new SessionView(
          session.getId(),
          session.getType(),
          session.getNumber(),
          session.getDate(),
          session.label());
    }
  }
}
