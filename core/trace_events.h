// trace_events.h — the one list of trace event kinds and their fields. The C
// emitters (trace.c), the JSON-lines printer and, through api.h
// (vm_event_name / vm_event_fields), the JavaScript decoder are all built
// from this list. core/TRACE.md documents every event.
//
// A record is the header word (kind u8, x8 u8, x16 u16) followed by the u32
// fields a, b, c up to the last one the event uses: 4, 8, 12 or 16 bytes,
// fixed per kind (TRACE_EVENT_WORDS).
// X(NAME, x8, x16, a, b, c): each field is "" (unused) or "name:type" where
// type is obj (an object serial), frame (a frame serial), str (an offset
// into the string table), int (unsigned), sint (signed), or enum:TABLE (a
// value of an enumeration listed by vm_enum_*).
#ifndef core_trace_events_h
#define core_trace_events_h

#define TRACE_EVENTS(X)                                                        \
  /* ---- announcements (objects made before the trace began) ---- */          \
  X(TYPE, "layout:enum:layout", "", "type:obj", "name:str", "base:obj")        \
  X(OBJECT, "layout:enum:layout", "flags:int", "obj:obj", "type:obj",          \
    "refcnt:int")                                                              \
  X(VALUE, "", "", "obj:obj", "repr:str", "")                                  \
  X(NAME, "", "", "obj:obj", "name:str", "")                                   \
  /* ---- frames ---- */                                                       \
  X(LINE, "", "", "frame:frame", "line:int", "")                               \
  X(FRAME_PUSH, "kind:enum:frame_kind", "", "frame:frame", "parent:frame",    \
    "name:str")                                                                \
  X(FRAME_POP, "", "", "frame:frame", "", "")                                  \
  X(FRAME_SUSPEND, "", "", "frame:frame", "", "")                              \
  X(FRAME_RESUME, "", "", "frame:frame", "parent:frame", "")                   \
  X(FRAME_OBJECT, "", "", "frame:frame", "obj:obj", "")                        \
  X(NAMESPACE, "", "", "frame:frame", "dict:obj", "")                          \
  X(RETURN, "", "", "frame:frame", "value:obj", "")                            \
  X(LOCAL_SET, "", "slot:int", "frame:frame", "name:str", "value:obj")         \
  X(LOCAL_DEL, "", "slot:int", "frame:frame", "name:str", "")                  \
  X(FRAME_EXIT, "", "", "frame:frame", "", "")                                 \
  /* ---- objects and references ---- */                                       \
  X(ALLOC, "layout:enum:layout", "", "obj:obj", "type:obj", "id:int")          \
  X(MOVE, "", "", "obj:obj", "id:int", "")                                     \
  X(REFCOUNT, "", "reason:enum:reason", "obj:obj", "refcnt:int", "")           \
  X(FINALIZE, "collector:int", "", "obj:obj", "", "")                          \
  X(FINALIZE_END, "collector:int", "", "obj:obj", "resurrected:int", "")       \
  X(FREE, "", "", "obj:obj", "", "")                                           \
  X(SEQ_SET, "", "", "obj:obj", "index:int", "value:obj")                      \
  X(SEQ_INSERT, "", "", "obj:obj", "index:int", "value:obj")                   \
  X(SEQ_DEL, "", "", "obj:obj", "index:int", "")                               \
  X(SEQ_CLEAR, "", "", "obj:obj", "", "")                                      \
  X(DICT_SET, "", "", "obj:obj", "key:obj", "value:obj")                       \
  X(DICT_DEL, "", "", "obj:obj", "key:obj", "")                                \
  X(DICT_CLEAR, "", "", "obj:obj", "", "")                                     \
  X(SET_ADD, "", "", "obj:obj", "item:obj", "")                                \
  X(SET_DEL, "", "", "obj:obj", "item:obj", "")                                \
  X(SET_CLEAR, "", "", "obj:obj", "", "")                                      \
  X(ATTR_SET, "", "", "obj:obj", "name:str", "value:obj")                      \
  X(ATTR_DEL, "", "", "obj:obj", "name:str", "")                               \
  X(REF_SET, "", "", "obj:obj", "field:str", "value:obj")                      \
  X(REF_DEL, "", "", "obj:obj", "field:str", "")                               \
  X(WEAKREF_NEW, "", "", "ref:obj", "target:obj", "callback:obj")              \
  X(WEAKREF_CLEAR, "", "", "ref:obj", "", "")                                  \
  X(WEAKREF_CALLBACK, "", "", "ref:obj", "", "")                               \
  /* ---- output, exceptions, limits ---- */                                   \
  X(OUTPUT, "stream:int", "", "text:str", "len:int", "")                       \
  X(EXC_RAISE, "", "", "exc:obj", "frame:frame", "line:int")                   \
  X(EXC_CATCH, "", "", "exc:obj", "frame:frame", "line:int")                   \
  X(EXC_HANDLED, "", "", "exc:obj", "", "")                                    \
  X(EXC_UNCAUGHT, "", "", "exc:obj", "", "")                                   \
  X(LIMIT, "", "", "name:str", "message:str", "")                              \
  X(END, "", "", "status:enum:vm_result", "exit_code:int", "")                 \
  /* ---- the cyclic garbage collector ---- */                                 \
  X(GC_CONFIG, "enabled:int", "", "threshold0:int", "threshold1:int",          \
    "threshold2:int")                                                          \
  X(GC_COUNTS, "", "", "count0:int", "count1:int", "count2:int")               \
  X(GC_TRACK, "", "", "obj:obj", "", "")                                       \
  X(GC_UNTRACK, "", "", "obj:obj", "", "")                                     \
  X(GC_BEGIN, "gen:int", "trigger:enum:gc_trigger", "count0:int",             \
    "count1:int", "count2:int")                                                \
  X(GC_PHASE, "phase:enum:gc_phase", "", "", "", "")                           \
  X(GC_REFS, "", "", "obj:obj", "gc_refs:sint", "")                            \
  X(GC_SUBTRACT, "", "", "from:obj", "to:obj", "gc_refs:sint")                 \
  X(GC_UNREACHABLE, "", "", "obj:obj", "", "")                                 \
  X(GC_REACHABLE, "", "", "obj:obj", "from:obj", "gc_refs:sint")               \
  X(GC_RESURRECTED, "", "", "obj:obj", "", "")                                 \
  X(GC_CLEAR, "", "", "obj:obj", "", "")                                       \
  X(GC_MOVE, "gen:int", "", "obj:obj", "", "")                                 \
  X(GC_SAVED, "", "", "obj:obj", "", "")                                       \
  X(GC_END, "gen:int", "", "collected:int", "uncollectable:int", "")

#define TRACE_EVENT_ENUM_ITEM(name, x8, x16, a, b, c) EV_##name,
typedef enum { TRACE_EVENTS(TRACE_EVENT_ENUM_ITEM) EV_COUNT } EventKind;
#undef TRACE_EVENT_ENUM_ITEM

// The 32-bit words of an event's record: the header, then a, b, c up to the
// last field used ("" is unused: sizeof "" == 1).
#define TRACE_FIELD_USED(f) (sizeof(f) > 1)
#define TRACE_EVENT_WORDS(name, x8, x16, a, b, c)                             \
  (1 + (TRACE_FIELD_USED(c)   ? 3                                              \
        : TRACE_FIELD_USED(b) ? 2                                              \
        : TRACE_FIELD_USED(a) ? 1                                              \
                              : 0)),

// OBJECT flags, bit k named by item k (the vm_enum table "object_flag"):
// immortal (the trace does not follow its refcount), opaque (its slots are
// not announced), tracked by the GC, in generation gen_bit0 + 2 * gen_bit1,
// finalized (its __del__ has run), interned (a str in the interned table).
#define TRACE_OBJECT_FLAGS(X)                                                  \
  X(immortal) X(opaque) X(tracked) X(gen_bit0) X(gen_bit1) X(finalized)       \
  X(interned)

#define TRACE_OF_BIT_ITEM(name) TRACE_OF_BIT_##name,
enum { TRACE_OBJECT_FLAGS(TRACE_OF_BIT_ITEM) TRACE_OF_BIT_COUNT };
#undef TRACE_OF_BIT_ITEM
enum {
  TRACE_OF_IMMORTAL = 1 << TRACE_OF_BIT_immortal,
  TRACE_OF_OPAQUE = 1 << TRACE_OF_BIT_opaque,
  TRACE_OF_TRACKED = 1 << TRACE_OF_BIT_tracked,
  TRACE_OF_GEN_SHIFT = TRACE_OF_BIT_gen_bit0,
  TRACE_OF_FINALIZED = 1 << TRACE_OF_BIT_finalized,
  TRACE_OF_INTERNED = 1 << TRACE_OF_BIT_interned
};

// GC marks of objects during a collection (kept in GcHead.mark for the
// state dumps; TRACE.md "GC_*").
enum { GCM_NONE, GCM_UNREACHABLE, GCM_REACHABLE, GCM_RESURRECTED, GCM_CLEARED,
       GCM_SAVED };

// Phases of a collection (GC_PHASE), named as in CPython's gcmodule.c.
#define GC_PHASES(X)                                                           \
  X(update_refs) X(subtract_refs) X(move_unreachable) X(untrack_tuples)       \
  X(promote_survivors) X(untrack_dicts) X(handle_legacy_finalizers)           \
  X(handle_weakrefs) X(finalize_garbage) X(handle_resurrected_objects)        \
  X(delete_garbage) X(done)

#define GC_PHASE_ENUM_ITEM(name) GCP_##name,
typedef enum { GC_PHASES(GC_PHASE_ENUM_ITEM) GCP_COUNT } GcPhase;
#undef GC_PHASE_ENUM_ITEM

// What started a collection (GC_BEGIN.trigger): an allocation pushed count0
// past threshold0, gc.collect(), or the interpreter's shutdown.
#define GC_TRIGGERS(X) X(automatic) X(collect) X(shutdown)

#define GC_TRIGGER_ENUM_ITEM(name) GCT_##name,
typedef enum { GC_TRIGGERS(GC_TRIGGER_ENUM_ITEM) GCT_COUNT } GcTrigger;
#undef GC_TRIGGER_ENUM_ITEM

// Kinds of frames (FRAME_PUSH).
#define FRAME_KINDS(X) X(module) X(function) X(class_body) X(comprehension) \
  X(generator) X(library)

#define FRAME_KIND_ENUM_ITEM(name) FK_##name,
typedef enum { FRAME_KINDS(FRAME_KIND_ENUM_ITEM) FK_COUNT } FrameKind;
#undef FRAME_KIND_ENUM_ITEM

#endif
