package io.github.vertxtim.tests.registry;

import io.github.vertxtim.registry.EndpointRegistry;
import io.github.vertxtim.registry.Paging;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The paging forms of the registry: answer-field cursors, offsets, and item cursors ({@code min(F)-N}). */
class PagingFormsTest {

  @Test
  void itemCursorTakesTheSmallestValueMinusTheStep() {
    Paging p = Paging.parse("items=RspMsgList;cursor=min(MsgSeq)-1>ReqMsgSeq");
    assertThat(p.itemsField()).isEqualTo("RspMsgList");
    assertThat(p.cursors()).isEmpty();
    assertThat(p.minCursors()).containsExactly(new Paging.MinCursor("MsgSeq", 1, "ReqMsgSeq"));
    assertThat(Paging.parse("items=L;cursor=min(Seq)>From").minCursors())
        .containsExactly(new Paging.MinCursor("Seq", 0, "From"));
  }

  @Test
  void theOlderFormsKeepWorking() {
    Paging cursor = Paging.parse("items=GroupIdList;cursor=Next>Next;end=Next:0");
    assertThat(cursor.cursors()).containsExactly(new Paging.Cursor("Next", "Next"));
    assertThat(cursor.minCursors()).isEmpty();
    assertThat(cursor.endField()).isEqualTo("Next");
    assertThat(cursor.endValue()).isEqualTo("0");
    Paging offset = Paging.parse("items=MemberList;offset=Offset;total=MemberNum");
    assertThat(offset.offsetField()).isEqualTo("Offset");
    assertThat(offset.totalField()).isEqualTo("MemberNum");
    Paging mixed = Paging.parse("items=L;cursor=Next>Next,min(Seq)-2>Before");
    assertThat(mixed.cursors()).containsExactly(new Paging.Cursor("Next", "Next"));
    assertThat(mixed.minCursors()).containsExactly(new Paging.MinCursor("Seq", 2, "Before"));
  }

  @Test
  void badItemCursorsAreRefused() {
    assertThatThrownBy(() -> Paging.parse("items=L;cursor=min(Seq)+1>X")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Paging.parse("items=L;cursor=min(Seq>X")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Paging.parse("items=L;cursor=Seq")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void groupHistoryIsPagedByTheItemCursor() {
    Paging p = EndpointRegistry.defaultRegistry().get("group_open_http_svc", "group_msg_get_simple").paging();
    assertThat(p.minCursors()).containsExactly(new Paging.MinCursor("MsgSeq", 1, "ReqMsgSeq"));
  }
}
