package io.github.vertxtim.tests.message;

import io.github.vertxtim.api.message.CustomContent;
import io.github.vertxtim.api.message.FaceContent;
import io.github.vertxtim.api.message.FileContent;
import io.github.vertxtim.api.message.ImageContent;
import io.github.vertxtim.api.message.ImageInfo;
import io.github.vertxtim.api.message.LocationContent;
import io.github.vertxtim.api.message.MsgElement;
import io.github.vertxtim.api.message.RelayContent;
import io.github.vertxtim.api.message.RelayedMsg;
import io.github.vertxtim.api.message.SoundContent;
import io.github.vertxtim.api.message.TextContent;
import io.github.vertxtim.api.message.VideoFileContent;
import org.junit.jupiter.api.Test;

import static io.github.vertxtim.tests.message.MessageJson.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample element of every MsgType on the "Message Formats" page (https://trtc.io/document/33527, English
 * edition; the 2.x/3.x SDK forms are the page's notes; comments the page puts inside its JSON are left out):
 * decoded, checked field by field, re-encoded and compared with the sample as a tree.
 */
class ElementSamplesTest {

  @Test
  void text() {
    MsgElement e = roundTrip("""
        {"MsgType": "TIMTextElem", "MsgContent": {"Text": "hello world"}}
        """, MsgElement.class);
    assertThat(e.msgType()).isEqualTo("TIMTextElem");
    assertThat(e.msgContent()).isEqualTo(new TextContent("hello world"));
  }

  @Test
  void location() {
    MsgElement e = roundTrip("""
        {
            "MsgType": "TIMLocationElem",
            "MsgContent": {
                "Desc": "someinfo",
                "Latitude": 29.340656774469956,
                "Longitude": 116.77497920478824
            }
        }
        """, MsgElement.class);
    LocationContent c = (LocationContent) e.msgContent();
    assertThat(c.desc()).isEqualTo("someinfo");
    assertThat(c.latitude()).isEqualTo(29.340656774469956);
    assertThat(c.longitude()).isEqualTo(116.77497920478824);
    assertThat(c.unknownFields()).isEmpty();
  }

  @Test
  void face() {
    MsgElement e = roundTrip("""
        {"MsgType": "TIMFaceElem", "MsgContent": {"Index": 1, "Data": "content"}}
        """, MsgElement.class);
    assertThat(e.msgContent()).isEqualTo(new FaceContent(1, "content"));
  }

  @Test
  void custom() {
    MsgElement e = roundTrip("""
        {
            "MsgType": "TIMCustomElem",
            "MsgContent": {
                "Data": "message",
                "Desc": "notification",
                "Ext": "url",
                "Sound": "dingdong.aiff"
            }
        }
        """, MsgElement.class);
    assertThat(e.msgContent()).isEqualTo(new CustomContent("message", "notification", "url", "dingdong.aiff"));
  }

  @Test
  void sound() {
    MsgElement e = roundTrip("""
        {
            "MsgType": "TIMSoundElem",
            "MsgContent": {
                "Url": "https://1234-5678187359-1253735226.cos.ap-shanghai.myqcloud.com/abc123/c9be9d32c05bfb77b3edafa4312c6c7d",
                "UUID": "1053D4B3D61040894AC3DE44CDF28B3EC7EB7C0F",
                "Size": 62351,
                "Second": 1,
                "Download_Flag": 2
            }
        }
        """, MsgElement.class);
    SoundContent c = (SoundContent) e.msgContent();
    assertThat(c.url()).endsWith("/abc123/c9be9d32c05bfb77b3edafa4312c6c7d");
    assertThat(c.uuid()).isEqualTo("1053D4B3D61040894AC3DE44CDF28B3EC7EB7C0F");
    assertThat(c.size()).isEqualTo(62351L);
    assertThat(c.second()).isEqualTo(1);
    assertThat(c.downloadFlag()).isEqualTo(2);
  }

  @Test
  void soundOfOldSdks() {
    MsgElement e = roundTrip("""
        {"MsgType": "TIMSoundElem", "MsgContent": {"UUID": "305c0201", "Size": 62351, "Second": 1}}
        """, MsgElement.class);
    assertThat(e.msgContent()).isEqualTo(new SoundContent(null, "305c0201", 62351L, 1, null));
  }

  @Test
  void image() {
    MsgElement e = roundTrip("""
        {
            "MsgType": "TIMImageElem",
            "MsgContent": {
                "UUID": "1853095_D61040894AC3DE44CDFFFB3EC7EB720F",
                "ImageFormat": 1,
                "ImageInfoArray": [
                    {
                        "Type": 1,
                        "Size": 1853095,
                        "Width": 2448,
                        "Height": 3264,
                        "URL": "http://xxx/3200490432214177468_144115198371610486_D61040894AC3DE44CDFFFB3EC7EB720F/0"
                    },
                    {
                        "Type": 2,
                        "Size": 2565240,
                        "Width": 0,
                        "Height": 0,
                        "URL": "http://xxx/3200490432214177468_144115198371610486_D61040894AC3DE44CDFFFB3EC7EB720F/720"
                    },
                    {
                        "Type": 3,
                        "Size": 12535,
                        "Width": 0,
                        "Height": 0,
                        "URL": "http://xxx/3200490432214177468_144115198371610486_D61040894AC3DE44CDFFFB3EC7EB720F/198"
                    }
                ]
            }
        }
        """, MsgElement.class);
    ImageContent c = (ImageContent) e.msgContent();
    assertThat(c.uuid()).isEqualTo("1853095_D61040894AC3DE44CDFFFB3EC7EB720F");
    assertThat(c.imageFormat()).isEqualTo(1);
    assertThat(c.imageInfoArray()).extracting(ImageInfo::type)
        .containsExactly(ImageInfo.ORIGINAL, ImageInfo.LARGE, ImageInfo.THUMBNAIL);
    ImageInfo original = c.imageInfoArray().get(0);
    assertThat(original.size()).isEqualTo(1853095L);
    assertThat(original.width()).isEqualTo(2448);
    assertThat(original.height()).isEqualTo(3264);
    assertThat(original.url()).endsWith("_D61040894AC3DE44CDFFFB3EC7EB720F/0");
  }

  @Test
  void file() {
    MsgElement e = roundTrip("""
        {
            "MsgType": "TIMFileElem",
            "MsgContent": {
                "Url": "https://7492-5678539059-1253735326.cos.ap-shanghai.myqcloud.com/abc123/49be9d32c0fbfba7b31dafa4312c6c7d",
                "UUID": "1053D4B3D61040894AC3DE44CDF28B3EC7EB7C0F",
                "FileSize": 1773552,
                "FileName": "file:///private/var/Application/tmp/trim.B75D5F9B-1426-4913-8845-90DD46797FCD.MOV",
                "Download_Flag": 2
            }
        }
        """, MsgElement.class);
    FileContent c = (FileContent) e.msgContent();
    assertThat(c.url()).endsWith("/abc123/49be9d32c0fbfba7b31dafa4312c6c7d");
    assertThat(c.uuid()).isEqualTo("1053D4B3D61040894AC3DE44CDF28B3EC7EB7C0F");
    assertThat(c.fileSize()).isEqualTo(1773552L);
    assertThat(c.fileName()).endsWith("90DD46797FCD.MOV");
    assertThat(c.downloadFlag()).isEqualTo(2);
  }

  @Test
  void fileOfOldSdks() {
    MsgElement e = roundTrip("""
        {
            "MsgType": "TIMFileElem",
            "MsgContent": {
                "UUID": "305c02010",
                "FileSize": 1773552,
                "FileName": "file:///private/var/Application/tmp/trim.B75D5F9B-1426-4913-8845-90DD46797FCD.MOV"
            }
        }
        """, MsgElement.class);
    FileContent c = (FileContent) e.msgContent();
    assertThat(c.url()).isNull();
    assertThat(c.downloadFlag()).isNull();
    assertThat(c.uuid()).isEqualTo("305c02010");
  }

  @Test
  void video() {
    MsgElement e = roundTrip("""
        {
            "MsgType": "TIMVideoFileElem",
            "MsgContent": {
                "VideoUrl": "https://0345-1400187352-1256635546.cos.ap-shanghai.myqcloud.com/abcd/f7c6ad3c50af7d83e23efe0a208b90c9",
                "VideoUUID": "5da38ba89d6521011e1f6f3fd6692e35",
                "VideoSize": 1194603,
                "VideoSecond": 5,
                "VideoFormat": "mp4",
                "VideoDownloadFlag":2,
                "ThumbUrl": "https://0345-1400187352-1256635546.cos.ap-shanghai.myqcloud.com/abcd/a6c170c9c599280cb06e0523d7a1f37b",
                "ThumbUUID": "6edaffedef5150684510cf97957b7bc8",
                "ThumbSize": 13907,
                "ThumbWidth": 720,
                "ThumbHeight": 1280,
                "ThumbFormat": "JPG",
                "ThumbDownloadFlag":2
            }
        }
        """, MsgElement.class);
    VideoFileContent c = (VideoFileContent) e.msgContent();
    assertThat(c.videoUrl()).endsWith("/abcd/f7c6ad3c50af7d83e23efe0a208b90c9");
    assertThat(c.videoUuid()).isEqualTo("5da38ba89d6521011e1f6f3fd6692e35");
    assertThat(c.videoSize()).isEqualTo(1194603L);
    assertThat(c.videoSecond()).isEqualTo(5);
    assertThat(c.videoFormat()).isEqualTo("mp4");
    assertThat(c.videoDownloadFlag()).isEqualTo(2);
    assertThat(c.thumbUrl()).endsWith("/abcd/a6c170c9c599280cb06e0523d7a1f37b");
    assertThat(c.thumbUuid()).isEqualTo("6edaffedef5150684510cf97957b7bc8");
    assertThat(c.thumbSize()).isEqualTo(13907L);
    assertThat(c.thumbWidth()).isEqualTo(720);
    assertThat(c.thumbHeight()).isEqualTo(1280);
    assertThat(c.thumbFormat()).isEqualTo("JPG");
    assertThat(c.thumbDownloadFlag()).isEqualTo(2);
  }

  @Test
  void videoOfOldSdks() {
    MsgElement e = roundTrip("""
        {
            "MsgType": "TIMVideoFileElem",
            "MsgContent": {
                "VideoUUID": "1400123456_dramon_34ca36be7dd214dc50a49238ef80a6b5",
                "VideoSize": 1194603,
                "VideoSecond": 5,
                "VideoFormat": "mp4",
                "ThumbUUID": "1400123456_dramon_893f5a7a4872676ae142c08acd49c18a",
                "ThumbSize": 13907,
                "ThumbWidth": 720,
                "ThumbHeight": 1280,
                "ThumbFormat": "JPG"
            }
        }
        """, MsgElement.class);
    VideoFileContent c = (VideoFileContent) e.msgContent();
    assertThat(c.videoUrl()).isNull();
    assertThat(c.thumbUuid()).isEqualTo("1400123456_dramon_893f5a7a4872676ae142c08acd49c18a");
  }

  @Test
  void mergedForward() {
    MsgElement e = roundTrip("""
        {
          "MsgType": "TIMRelayElem",
          "MsgContent": {
            "Title": "Group chat history",
            "MsgNum": 2,
            "CompatibleText": "The SDK version does not support combined messages. Please upgrade to the latest version.",
            "AbstractList": [
              "A: What do you think of this?",
              "B: I think it's great."
            ],
            "MsgList": [
              {
                "From_Account": "A",
                "GroupId": "group1",
                "MsgSeq": 85,
                "MsgRandom": 3998651049,
                "MsgTimeStamp": 1664437702,
                "MsgBody": [
                  {
                    "MsgContent": {
                      "Text": " What do you think of this?"
                    },
                    "MsgType": "TIMTextElem"
                  }
                ]
              },
              {
                "From_Account": "B",
                "GroupId": "group1",
                "MsgSeq": 86,
                "MsgRandom": 965790,
                "MsgTimeStamp": 1664437703,
                "MsgBody": [
                  {
                    "MsgContent": {
                      "Text": "I think it's great."
                    },
                    "MsgType": "TIMTextElem"
                  }
                ]
              }
            ]
          }
        }
        """, MsgElement.class);
    RelayContent c = (RelayContent) e.msgContent();
    assertThat(c.title()).isEqualTo("Group chat history");
    assertThat(c.msgNum()).isEqualTo(2);
    assertThat(c.compatibleText()).startsWith("The SDK version does not support");
    assertThat(c.abstractList()).containsExactly("A: What do you think of this?", "B: I think it's great.");
    assertThat(c.jsonMsgKey()).isNull();
    RelayedMsg first = c.msgList().get(0);
    assertThat(first.fromAccount()).isEqualTo("A");
    assertThat(first.toAccount()).isNull();
    assertThat(first.groupId()).isEqualTo("group1");
    assertThat(first.msgSeq()).isEqualTo(85L);
    // above Integer.MAX_VALUE: MsgRandom is a uint32
    assertThat(first.msgRandom()).isEqualTo(3998651049L);
    assertThat(first.msgTimeStamp()).isEqualTo(1664437702L);
    assertThat(first.msgBody()).containsExactly(MsgElement.text(" What do you think of this?"));
    assertThat(c.msgList().get(1).msgBody()).containsExactly(MsgElement.text("I think it's great."));
  }
}
