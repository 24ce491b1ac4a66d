package io.timrest.cli;

import static io.timrest.MsgElements.face;

import io.timrest.MsgElements;
import io.timrest.model.ImportMsg;
import io.timrest.model.MsgElement;
import io.timrest.model.TIMCustomElem;
import io.timrest.model.TIMCustomElemContent;
import io.timrest.model.TIMFaceElem;
import io.timrest.model.TIMTextElem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The made-up group chat the demo imports: a hiking club planning two trips over four weeks. */
final class DemoHistory {
  static final List<String> ACCOUNTS = List.of("alice", "bob", "carol", "dave");
  static final List<String> NICKS = List.of("Alice Chen", "Bob Martin", "Carol Diaz", "Dave Okafor");
  static final String GROUP_NAME = "Weekend Hikers";
  /** A North American phone number as people type it; the demo redacts it after the import. */
  static final Pattern PHONE = Pattern.compile("\\b\\d{3}-\\d{3}-\\d{4}\\b");
  static final String PHONE_REDACTED = "[phone number removed]";
  /** The members joined within the group's first day; the first message is on day 3. */
  static final Duration JOINED_AFTER_CREATION = Duration.ofHours(2);
  /** carol's unread count in the old system, set after the import. */
  static final int UNREAD = 3;

  private DemoHistory() {
  }

  /** One line of history: when it was sent, counted from the group's creation. */
  private record Line(Duration afterCreation, String from, MsgElement element) {
  }

  /** The 20 messages, SendTime ascending, all between the group's creation and 2 days before now. */
  static List<ImportMsg> messages(Instant groupCreated) {
    List<Line> lines = List.of(
        text(day(3, 9, 12), "alice", "Welcome to Weekend Hikers! First trip: Saturday, the Eagle Peak loop."),
        text(day(3, 9, 20), "bob", "I'm in. How long is the loop?"),
        text(day(3, 9, 31), "alice", "About 14 km with 800 m of climbing. Plan for six hours."),
        new Line(day(3, 9, 33), "carol", face(3, "thumbs_up")),
        text(day(3, 10, 5), "dave", "Count me in. I can drive two people from downtown."),
        text(day(5, 18, 40), "carol", "Forecast for Saturday: clear, 18°C at the summit."),
        text(day(5, 18, 52), "bob", "Do we need microspikes? There was snow up there last week."),
        text(day(5, 19, 1), "alice", "Not needed, the ranger report says it has melted."),
        text(day(5, 21, 14), "dave", "If anyone gets lost on the day, call me on 415-555-0142."),
        new Line(day(6, 8, 0), "alice", meetup()),
        text(day(9, 7, 24), "bob", "Parked at the trailhead, see you at the gate."),
        text(day(9, 7, 26), "carol", "Running ten minutes late, sorry!"),
        text(day(9, 11, 48), "alice", "Summit! The view over the valley is unreal."),
        new Line(day(9, 11, 50), "dave", face(12, "mountain")),
        text(day(10, 20, 3), "carol", "Photos are in the shared album, all 87 of them."),
        text(day(10, 20, 15), "bob", "My legs are still complaining."),
        text(day(20, 12, 30), "alice", "Next trip idea: Lost Lake, 9 km, easy grade."),
        text(day(20, 13, 2), "dave", "Works for me if it's after the 15th."),
        text(day(27, 17, 45), "carol", "Lost Lake on the 22nd then? I'll book the campsite."),
        text(day(28, 9, 10), "alice", "Booked! Bring warm layers, it gets cold by the lake."));
    List<ImportMsg> messages = new ArrayList<>(lines.size());
    for (Line line : lines) {
      messages.add(ImportMsg.builder()
          .fromAccount(line.from())
          .sendTime(groupCreated.plus(line.afterCreation()).getEpochSecond())
          .msgBody(List.of(line.element()))
          .build());
    }
    return messages;
  }

  private static Duration day(int day, int hour, int minute) {
    return Duration.ofDays(day).plusHours(hour).plusMinutes(minute);
  }

  private static Line text(Duration at, String from, String text) {
    return new Line(at, from, MsgElements.text(text));
  }

  private static MsgElement meetup() {
    return TIMCustomElem.builder().msgContent(TIMCustomElemContent.builder()
            .data("{\"type\":\"meetup\",\"place\":\"Eagle Peak trailhead\",\"time\":\"07:30\"}")
            .desc("Meetup: Eagle Peak trailhead, Saturday 07:30")
            .ext("meetup")
            .build())
        .build();
  }

  /** A message body in one line for people: text as is, other elements in brackets. */
  static String describe(List<MsgElement> body) {
    List<String> parts = new ArrayList<>();
    for (MsgElement element : body) {
      if (element instanceof TIMTextElem text) {
        parts.add(text.msgContent().text());
      } else if (element instanceof TIMFaceElem face) {
        parts.add("[face #" + face.msgContent().index() + " " + face.msgContent().data() + "]");
      } else if (element instanceof TIMCustomElem custom) {
        parts.add("[custom: " + custom.msgContent().desc().orElse(custom.msgContent().data()) + "]");
      } else {
        parts.add("[" + element.msgType() + "]");
      }
    }
    return String.join(" ", parts);
  }
}
