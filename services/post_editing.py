"""Writing posts: save with their variants and images, move, delete and undelete, duplicate; and the rule that a
post over a limit or with an image lacking alt text cannot be marked ready."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from models.channel import ChannelAccount
from models.common import new_id, to_utc_text
from models.media import Media, PostMedia
from models.post import Post, PostStatus, Variant
from models.readiness import ImageTrouble, Problem, ProblemKind, readiness_problems
from models.validation import LINE_MAX, TEXT_MAX
from services.errors import KnownError, translate
from services.records import refuse_unkeepable
from services.store import Store

BLOCKED_UNLESS_READY = (PostStatus.READY, PostStatus.SCHEDULED)


class NotReadyError(KnownError):
    """The post cannot take the status asked for; `problems` says why."""

    def __init__(self, message: str, problems: list[Problem]) -> None:
        super().__init__(message)
        self.problems = problems


def describe_problem(problem: Problem) -> str:
    """The problem in the user's language, naming the channel and by how much (numbers as the language writes
    them: "63.206")."""
    from services.i18n import number_text  # Qt's locale: only when a problem is told

    name = problem.channel.name if problem.channel else ""
    if problem.kind is ProblemKind.NO_CHANNEL:
        return translate("PostEditing", "Choose at least one channel.")
    if problem.kind is ProblemKind.NO_DATE:
        return translate("PostEditing", "Give the post a date and time.")
    if problem.kind is ProblemKind.EMPTY_TEXT:
        return translate("PostEditing", "The text for {channel} is empty.").format(channel=name)
    if problem.kind is ProblemKind.NO_ALT_TEXT:
        return translate("PostEditing", "Images without an alt text: {count}. Describe what each image shows."
                         ).format(count=problem.count)
    if problem.kind is ProblemKind.TOO_MANY_IMAGES:
        return translate("PostEditing", "{channel} takes at most {allowed} images; this post has {count}.").format(
            channel=name, allowed=problem.allowed, count=problem.count)
    if problem.kind is ProblemKind.NEEDS_IMAGE:
        return translate("PostEditing", "{channel} needs at least one image.").format(channel=name)
    if problem.kind is ProblemKind.IMAGE_NOT_TAKEN:
        return _image_not_taken(problem, name)
    if problem.kind is ProblemKind.ALT_TEXT_TOO_LONG:
        return translate("PostEditing", "The alt text of image {number} is longer than {channel} takes ({allowed} "
                                        "characters at most).").format(number=problem.count, channel=name,
                                                                       allowed=problem.allowed)
    assert problem.limit is not None
    from models.text_rules import Measure

    if problem.limit.measure is Measure.BYTES:
        return translate("PostEditing", "The text for {channel} is {over} bytes too long ({limit} at most).").format(
            channel=name, over=number_text(problem.limit.over_by), limit=number_text(problem.limit.limit))
    if problem.limit.measure is Measure.HASHTAGS:
        return translate("PostEditing", "{channel} takes at most {limit} hashtags; remove {over}.").format(
            channel=name, limit=problem.limit.limit, over=problem.limit.over_by)
    return translate("PostEditing", "The text for {channel} is {over} characters too long ({limit} at most).").format(
        channel=name, over=number_text(problem.limit.over_by), limit=number_text(problem.limit.limit))


def _image_not_taken(problem: Problem, name: str) -> str:
    if problem.trouble is ImageTrouble.ANIMATION_NOT_TAKEN:
        return translate("PostEditing", "Image {number} is animated, and {channel} shows no animated images. Use a "
                                        "still image, or leave {channel} out.").format(number=problem.count,
                                                                                      channel=name)
    if problem.trouble is ImageTrouble.TOO_MANY_FRAMES:
        return translate("PostEditing", "Image {number} is an animation with more frames than {channel} takes. "
                                        "Use a shorter animation or a still image.").format(number=problem.count,
                                                                                           channel=name)
    return translate("PostEditing", "Image {number} is an animation too large for {channel}, and Omroeper can "
                                    "only make still images smaller. Use a smaller animation or a still image."
                     ).format(number=problem.count, channel=name)


def channels_by_id(store: Store) -> dict[str, ChannelAccount]:
    return {channel.id: channel for channel in store.find(ChannelAccount)}


def variants_of(store: Store, post_id: str) -> list[Variant]:
    return store.find(Variant, "post_id = ?", [post_id], order_by="created_at")


def images_of(store: Store, post_id: str) -> list[tuple[PostMedia, Media]]:
    """The post's images in order, each with its file record."""
    attached = store.find(PostMedia, "post_id = ?", [post_id], order_by="position")
    files = {media.id: media for media in store.find(
        Media, f"id IN ({','.join('?' * len(attached))})", [a.media_id for a in attached])} if attached else {}
    return [(link, files[link.media_id]) for link in attached if link.media_id in files]


def problems_for(store: Store, post: Post, variants: list[Variant], alt_texts: list[str],
                 images: list[PostMedia] | None = None) -> list[Problem]:
    """What blocks "ready" for the post as given. The images' files are checked against each network's image
    limits: those of `images` when given (in the order of `alt_texts`), else the post's stored ones when they
    match `alt_texts` in number (the composer's live check between two autosaves)."""
    known = channels_by_id(store)
    chosen = [known[variant.channel_id] for variant in variants if variant.channel_id in known]
    texts = {variant.channel_id: variant.text(post) for variant in variants}
    if images is None:
        files = [media for _link, media in images_of(store, post.id)]
        files = files if len(files) == len(alt_texts) else []
    else:
        found = {media.id: media for media in store.find(
            Media, f"id IN ({','.join('?' * len(images))})", [image.media_id for image in images])} if images else {}
        files = [found[image.media_id] for image in images if image.media_id in found]
    return readiness_problems(texts, chosen, alt_texts, has_date=post.scheduled_at is not None, images=files)


def check_keepable(post: Post, variants: list[Variant], images: list[PostMedia]) -> None:
    """Raises UnkeepableError for a post a handover file could not hold: a text longer than a record may hold, too
    many tags, any other rule (services/records.py). Nothing of it is saved then."""
    refuse_unkeepable("posts", post, [
        (translate("PostEditing", "The title"), post.title, LINE_MAX),
        (translate("PostEditing", "The campaign"), post.campaign, LINE_MAX),
        (translate("PostEditing", "The text"), post.body, TEXT_MAX),
        (translate("PostEditing", "The notes"), post.notes, TEXT_MAX),
        *((translate("PostEditing", "A tag"), tag, LINE_MAX) for tag in post.tags)])
    for variant in variants:
        refuse_unkeepable("variants", replace(variant, post_id=post.id),
                          [(translate("PostEditing", "A channel's own text"), variant.body or "", TEXT_MAX)])
    for image in images:
        refuse_unkeepable("post_media", replace(image, post_id=post.id),
                          [(translate("PostEditing", "An image description"), image.alt_text, TEXT_MAX)])


def save_post(store: Store, post: Post, variants: list[Variant], images: list[PostMedia] | None = None) -> Post:
    """Saves the post with exactly these variants (and images, when given), in one transaction.

    Raises NotReadyError, saving nothing, when the status is ready or scheduled and something blocks it.
    """
    if images is None:
        images = store.find(PostMedia, "post_id = ?", [post.id], order_by="position")
    check_keepable(post, variants, images)
    if post.status in BLOCKED_UNLESS_READY:
        problems = problems_for(store, post, variants, [image.alt_text for image in images], images)
        if problems:
            raise NotReadyError(
                translate("PostEditing", "This post cannot be marked ready yet:") + "\n"
                + "\n".join(f"• {describe_problem(problem)}" for problem in problems),
                problems,
            )
    with store.transaction():
        stored_post = store.get(Post, post.id)
        if stored_post is not None and stored_post.status is PostStatus.PUBLISHED:
            post.status = PostStatus.PUBLISHED  # published by the outbox meanwhile: editing does not undo that
        if stored_post is not None:  # the crisis switch's marks are its own: an open composer's autosave keeps them
            post.paused_at, post.pause_reason = stored_post.paused_at, stored_post.pause_reason
        store.save(post)
        stored = {variant.channel_id: variant for variant in variants_of(store, post.id)}
        kept_channels = set()
        for variant in variants:
            kept_channels.add(variant.channel_id)
            current = stored.get(variant.channel_id)
            if current is not None:
                # Only the text: state, keys and remote ids belong to the outbox, which may be sending it now.
                store.update_fields(current, body=variant.body)
                variant.id, variant.state = current.id, current.state
            else:
                variant.post_id = post.id
                store.save(variant)
        for old in variants_of(store, post.id):
            if old.channel_id not in kept_channels:
                store.mark_deleted(old)
        kept_images = set()
        for position, image in enumerate(images):
            image.post_id, image.position = post.id, position
            kept_images.add(image.id)
            store.save(image)
        for old_image in store.find(PostMedia, "post_id = ?", [post.id]):
            if old_image.id not in kept_images:
                store.mark_deleted(old_image)
    return post


def move_post(store: Store, post_id: str, when: datetime) -> datetime | None:
    """Plans the post at another instant; returns the instant it had (for undo)."""
    post = store.get(Post, post_id)
    if post is None:
        raise KnownError(translate("PostEditing", "This post no longer exists."))
    previous = post.scheduled_at
    post.scheduled_at = when
    store.save(post)
    return previous


def delete_post(store: Store, post_id: str) -> None:
    """Marks the post, its variants and its images deleted, all with one time, so undo can bring back just those."""
    post = store.get(Post, post_id)
    if post is None:
        return
    with store.transaction():
        store.mark_deleted(post)
        stamp = post.deleted_at
        for record in [*variants_of(store, post_id), *store.find(PostMedia, "post_id = ?", [post_id])]:
            record.deleted_at = stamp
            store.save(record)


def restore_post(store: Store, post_id: str) -> None:
    """Undoes delete_post: the post and what was deleted with it come back."""
    post = store.get(Post, post_id, include_deleted=True)
    if post is None or post.deleted_at is None:
        return
    stamp = post.deleted_at
    with store.transaction():
        for record_type in (Variant, PostMedia):
            for record in store.find(record_type, "post_id = ? AND deleted_at = ?",
                                     [post_id, to_utc_text(stamp)], include_deleted=True):
                record.deleted_at = None
                store.save(record)
        post.deleted_at = None
        store.save(post)


def duplicate_post(store: Store, post_id: str) -> Post:
    """A copy to work on: same texts, channels and images, status draft (a copy is never ready by itself)."""
    original = store.get(Post, post_id)
    if original is None:
        raise KnownError(translate("PostEditing", "This post no longer exists."))
    copy = replace(original, id=new_id(), created_at=None, updated_at=None, status=PostStatus.DRAFT,
                   series_id=None, series_detached=False, paused_at=None, pause_reason="",
                   title=translate("PostEditing", "{title} (copy)").format(title=original.title)
                   if original.title else "")
    variants = [Variant(post_id=copy.id, channel_id=v.channel_id, body=v.body) for v in variants_of(store, post_id)]
    images = [PostMedia(post_id=copy.id, media_id=link.media_id, position=link.position, alt_text=link.alt_text)
              for link, _media in images_of(store, post_id)]
    return save_post(store, copy, variants, images)
